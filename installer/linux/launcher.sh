#!/bin/sh
# Unknot's launcher on Linux: build-deb.sh writes it over jpackage's own bin/Unknot, filling in the Java options
# of lib/app/Unknot.cfg. jpackage's launcher asks rpm and then dpkg which package owns it, twice, before it starts
# Java (to find its own helper library): 0.45 s of every start on the test machine (821 packages), more with more.
# This one starts the app image's Java at once, with the same options and class path. The Java binary is copied
# as lib/runtime/bin/Unknot so that the process is called Unknot, as it was.
self="$(readlink -f "$0")"
app="${self%/bin/*}"
exec "$app/lib/runtime/bin/Unknot" \
@OPTIONS@
  -Djpackage.app-path="$app/bin/Unknot" -cp "$app/lib/app/unknot.jar" io.unknot.app.Main "$@"
