#!/usr/bin/python3
"""A fake desktop for Unknot's end-to-end tests, on a private session bus and a private system bus.

python3-dbusmock plays logind (template) and the notification server (template), and mock objects play the
desktop services a test needs: GNOME ("gnome": Mutter idle monitor, GNOME screen saver, session manager, portal
settings) or KDE ("kde": freedesktop screen saver, power-management inhibition). "inhibit" sets the desktop's own
summary of inhibitors (the session manager's or power management's flag); "player" runs a separate client that calls
org.freedesktop.ScreenSaver.Inhibit/UnInhibit itself and nothing else, as a video player does. The test sets their
values through commands on stdin, one per line; each is answered with one line on stdout (JSON, or "ok").

Usage: fake_desktop.py gnome|kde WORKDIR
"""

import json
import os
import signal
import subprocess
import sys

import dbus
import dbusmock
from dbusmock import DBusTestCase

MOCK = dbusmock.MOCK_IFACE
TEST = 'io.unknot.Test'
# Idle time grows from the moment SetIdle names, or is 0 after SetUserActive, as if the user kept typing.
IDLE_CODE = ('ret = 0 if getattr(self, "idle_from", None) is None '
             'else int((time.monotonic() - self.idle_from) * 1000)')
SET_IDLE = ('SetIdle', 't', '', 'self.idle_from = time.monotonic() - args[0] / 1000.0')
SET_ACTIVE = ('SetUserActive', '', '', 'self.idle_from = None')

# A video player: inhibits at start, then "inhibit" or "uninhibit" per line on stdin; prints each answer.
PLAYER = '''
import sys, dbus
saver = dbus.Interface(dbus.SessionBus().get_object("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                       "org.freedesktop.ScreenSaver")
cookie = saver.Inhibit("video-player", "Playing a film")
print(cookie, flush=True)
for line in sys.stdin:
    if line.strip() == "uninhibit":
        print(saver.UnInhibit(cookie), flush=True)
    else:
        cookie = saver.Inhibit("video-player", "Playing a film")
        print(cookie, flush=True)
'''
children = []
buses = []


def start_bus(kind, workdir):
    """dbus-daemon on a socket file (the JDK's Unix sockets cannot reach Linux's abstract ones)."""
    conf = os.path.join(workdir, kind + '.conf')
    with open(conf, 'w', encoding='utf-8') as f:
        f.write(f'''<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>{kind}</type>
  <listen>unix:path={os.path.join(workdir, kind + '_bus')}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
''')
    daemon = subprocess.Popen(['dbus-daemon', '--config-file=' + conf, '--nofork', '--print-address'],
                              stdout=subprocess.PIPE, universal_newlines=True)
    buses.append(daemon)
    address = daemon.stdout.readline().strip()
    os.environ[f'DBUS_{kind.upper()}_BUS_ADDRESS'] = address
    return address


def mock(name, path, interface, methods, system=False):
    children.append(DBusTestCase.spawn_server(name, path, interface, system_bus=system,
                                              stdout=subprocess.DEVNULL))
    obj = DBusTestCase.get_dbus(system).get_object(name, path)
    for method in methods:
        iface = TEST if method[0].startswith('Set') else ''
        obj.AddMethod(iface, *method, dbus_interface=MOCK)
    return obj


def template(name, parameters, system=False):
    daemon, obj = DBusTestCase.spawn_server_template(name, parameters, stdout=subprocess.DEVNULL,
                                                     system_bus=system)
    children.append(daemon)
    return obj


def main():
    flavour, workdir = sys.argv[1], sys.argv[2]
    addresses = {'session': start_bus('session', workdir), 'system': start_bus('system', workdir)}

    logind = template('logind', {}, system=True)
    logind.AddSeat('seat0', dbus_interface=MOCK)
    logind.AddUser(dbus.UInt32(1000), 'tester', True, dbus_interface=MOCK)
    session_path = logind.AddSession('c1', 'seat0', dbus.UInt32(1000), 'tester', True, dbus_interface=MOCK)
    session = DBusTestCase.get_dbus(True).get_object('org.freedesktop.login1', session_path)

    notifications = template('notification_daemon', {'capabilities': 'body actions'})
    notifications.AddProperty('org.freedesktop.Notifications', 'Inhibited', False, dbus_interface=MOCK)

    screensaver = mock('org.freedesktop.ScreenSaver', '/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver', [
        ('GetActive', '', 'b', 'ret = getattr(self, "active", False)'),
        ('SetLocked', 'b', '', 'self.active = args[0]; '
                               'self.EmitSignal("org.freedesktop.ScreenSaver", "ActiveChanged", "b", [args[0]])'),
        ('Inhibit', 'ss', 'u', 'self.cookie = getattr(self, "cookie", 0) + 1; ret = self.cookie'),
        ('UnInhibit', 'u', '', ''),
    ] + ([('GetSessionIdleTime', '', 'u', IDLE_CODE), SET_IDLE, SET_ACTIVE] if flavour == 'kde' else []))
    idle = [screensaver] if flavour == 'kde' else []
    if flavour == 'gnome':
        idle.append(mock('org.gnome.Mutter.IdleMonitor', '/org/gnome/Mutter/IdleMonitor/Core',
                         'org.gnome.Mutter.IdleMonitor', [('GetIdletime', '', 't', IDLE_CODE), SET_IDLE, SET_ACTIVE]))
        gnome_saver = template('gnome_screensaver', {})
        session_manager = mock('org.gnome.SessionManager', '/org/gnome/SessionManager', 'org.gnome.SessionManager', [
            ('IsInhibited', 'u', 'b', 'ret = bool(getattr(self, "flags", 0) & args[0])'),
            ('SetInhibited', 'u', '', 'self.flags = args[0]; self.EmitSignal("org.gnome.SessionManager", '
                                      '"InhibitorAdded" if args[0] else "InhibitorRemoved", "o", '
                                      '[dbus.ObjectPath("/org/gnome/SessionManager/Inhibitor1")])'),
        ])
        portal = mock('org.freedesktop.portal.Desktop', '/org/freedesktop/portal/desktop',
                      'org.freedesktop.portal.Settings', [
                          ('Read', 'ss', 'v', 'ret = dbus.Boolean(getattr(self, "banners", True), variant_level=1)'),
                          ('SetBanners', 'b', '', 'self.banners = args[0]; self.EmitSignal('
                                                  '"org.freedesktop.portal.Settings", "SettingChanged", "ssv", '
                                                  '["org.gnome.desktop.notifications", "show-banners", '
                                                  'dbus.Boolean(args[0], variant_level=1)])'),
                      ])
    else:
        power = mock('org.freedesktop.PowerManagement', '/org/freedesktop/PowerManagement/Inhibit',
                     'org.freedesktop.PowerManagement.Inhibit', [
                         ('HasInhibit', '', 'b', 'ret = getattr(self, "inhibited", False)'),
                         ('SetInhibited', 'b', '', 'self.inhibited = args[0]; self.EmitSignal('
                                                   '"org.freedesktop.PowerManagement.Inhibit", "HasInhibitChanged", '
                                                   '"b", [args[0]])'),
                     ])

    def inhibit(on):
        """An app's ScreenSaver.Inhibit as GNOME and KDE sum it up: the session manager's or power management's flag."""
        if flavour == 'gnome':
            session_manager.SetInhibited(dbus.UInt32(8 if on else 0), dbus_interface=TEST)
        else:
            power.SetInhibited(on, dbus_interface=TEST)

    player = []

    def play(action):
        """A video player of its own on the session bus calling ScreenSaver.Inhibit and UnInhibit, nothing else."""
        if action == 'start':
            player.append(subprocess.Popen(['/usr/bin/python3', '-c', PLAYER], stdin=subprocess.PIPE,
                                           stdout=subprocess.PIPE, universal_newlines=True))
            children.append(player[-1])
        elif action == 'quit':
            player[-1].stdin.close()
            player.pop().wait()
            return
        else:
            print(action, file=player[-1].stdin, flush=True)
        print(f'player {action}: {player[-1].stdout.readline().strip()}', file=sys.stderr)

    def notify_calls():
        calls = notifications.GetMethodCalls('Notify', dbus_interface=MOCK)
        return [{'id': n + 1, 'summary': str(args[3]), 'actions': [str(a) for a in args[5]]}
                for n, (_, args) in enumerate(calls)]

    commands = {
        'idle': lambda ms: [m.SetIdle(dbus.UInt64(int(ms)), dbus_interface=TEST) for m in idle],
        'active': lambda: [m.SetUserActive(dbus_interface=TEST) for m in idle],
        'saver': lambda on: (gnome_saver.SetActive(on == 'true', dbus_interface='org.gnome.ScreenSaver')
                             if flavour == 'gnome' else screensaver.SetLocked(on == 'true', dbus_interface=TEST)),
        'session-lock': lambda: session.Lock(dbus_interface='org.freedesktop.login1.Session'),
        'session-unlock': lambda: session.Unlock(dbus_interface='org.freedesktop.login1.Session'),
        'sleep': lambda on: logind.EmitSignal('org.freedesktop.login1.Manager', 'PrepareForSleep', 'b',
                                              [on == 'true'], dbus_interface=MOCK),
        'dnd': lambda on: (portal.SetBanners(on != 'true', dbus_interface=TEST) if flavour == 'gnome'
                           else notifications.UpdateProperties('org.freedesktop.Notifications',
                                                               {'Inhibited': on == 'true'}, dbus_interface=MOCK)),
        'inhibit': lambda on: inhibit(on == 'true'),
        'player': play,
        'notifications': notify_calls,
        'closed': lambda: [int(args[0]) for _, args in
                           notifications.GetMethodCalls('CloseNotification', dbus_interface=MOCK)],
        'invoke': lambda nid, key: notifications.EmitSignal('org.freedesktop.Notifications', 'ActionInvoked', 'us',
                                                            [dbus.UInt32(int(nid)), key], dbus_interface=MOCK),
    }

    print(json.dumps(addresses), flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == 'quit':
            break
        try:
            answer = commands[words[0]](*words[1:])
            print(json.dumps(answer) if words[0] in ('notifications', 'closed') else 'ok', flush=True)
        except Exception as e:  # pylint: disable=broad-except
            print('error ' + str(e).replace('\n', ' '), flush=True)


def stop(*_):
    for process in children + buses:
        process.terminate()
    for process in children + buses:
        process.wait()
    sys.exit(0)


if __name__ == '__main__':
    signal.signal(signal.SIGTERM, stop)
    try:
        main()
    finally:
        stop()
