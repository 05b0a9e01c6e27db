package io.unknot.platform.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LaunchAgentPlistTest {

    private static final LaunchCommand APP =
            new LaunchCommand(List.of("/Applications/Unknot & Co.app/Contents/MacOS/Unknot", "<x>"));

    @Test
    void the_plist_is_well_formed_and_names_label_program_and_run_at_load() throws Exception {
        Document plist = parse(LaunchAgentPlist.content(APP));

        List<String> dict = children((Element) plist.getElementsByTagName("dict").item(0));
        assertThat(dict).containsSubsequence("key:Label", "string:io.unknot.Unknot")
                .containsSubsequence("key:RunAtLoad", "true:")
                .containsSubsequence("key:ProcessType", "string:Interactive");
        assertThat(children((Element) plist.getElementsByTagName("array").item(0))).containsExactly(
                "string:/Applications/Unknot & Co.app/Contents/MacOS/Unknot", "string:<x>");
    }

    @Test
    void only_a_plist_with_our_label_is_ours() {
        assertThat(LaunchAgentPlist.isOurs(LaunchAgentPlist.content(APP))).isTrue();
        assertThat(LaunchAgentPlist.isOurs("<plist><dict><key>Label</key><string>com.other</string></dict></plist>"))
                .isFalse();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The DOCTYPE names Apple's DTD by URL; a test must not fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Child elements as "tag:text". */
    private static List<String> children(Element parent) {
        List<String> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                result.add(e.getTagName() + ":" + e.getTextContent());
            }
        }
        return result;
    }
}
