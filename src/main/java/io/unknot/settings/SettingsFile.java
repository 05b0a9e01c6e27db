package io.unknot.settings;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the Preferences XML format ({@code Preferences.exportNode}'s), so a file can also be read by
 * {@code Preferences.importPreferences}. Parsing never touches the network: the DTD the DOCTYPE names is not
 * fetched and external entities are not expanded.
 */
final class SettingsFile {

    static final String DTD_URI = "http://java.sun.com/dtd/preferences.dtd";
    /** Far deeper than any settings file (Unknot's own nest about 8 deep); guards the stack against a crafted one. */
    static final int MAX_DEPTH = 64;
    private static final String MAX_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private SettingsFile() {
    }

    /** Writes {@code entries} into the node at {@code nodePath} (e.g. "io/unknot"), replacing the file atomically. */
    static void write(Path file, String nodePath, Map<String, String> entries) throws IOException {
        try {
            Document doc = newBuilder().newDocument();
            doc.setXmlStandalone(false);
            Element prefs = (Element) doc.appendChild(doc.createElement("preferences"));
            prefs.setAttribute("EXTERNAL_XML_VERSION", "1.0");
            Element root = (Element) prefs.appendChild(doc.createElement("root"));
            root.setAttribute("type", "user");
            Element node = root;
            for (String name : nodePath.split("/")) {
                node.appendChild(doc.createElement("map"));
                Element child = (Element) node.appendChild(doc.createElement("node"));
                child.setAttribute("name", name);
                node = child;
            }
            Element map = (Element) node.appendChild(doc.createElement("map"));
            for (Map.Entry<String, String> e : entries.entrySet()) {
                Element entry = (Element) map.appendChild(doc.createElement("entry"));
                entry.setAttribute("key", e.getKey());
                entry.setAttribute("value", e.getValue());
            }
            Path target = file.toAbsolutePath();
            Path temp = Files.createTempFile(target.getParent(), ".unknot-export", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    newTransformer().transform(new DOMSource(doc), new StreamResult(out));
                }
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("Could not write settings to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The entries of the node at {@code nodePath}, in file order. An entry anywhere else in the file is returned
     * under its full path (e.g. "/other/key") so the caller refuses it as unknown.
     *
     * @throws IOException when the file cannot be read or is not in the Preferences XML format
     */
    static Map<String, String> read(Path file, String nodePath) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = newBuilder().parse(in);
        } catch (SAXException | ParserConfigurationException e) {
            if (String.valueOf(e.getMessage()).contains("maxElementDepth")) {
                throw new IOException(file + " nests its elements more than " + MAX_DEPTH
                        + " deep: not an Unknot settings file", e);
            }
            throw new IOException(file + " is not a settings file: " + e.getMessage(), e);
        }
        Element prefs = doc.getDocumentElement();
        List<Element> roots = children(prefs, "root");
        if (!prefs.getTagName().equals("preferences") || roots.size() != 1) {
            throw new IOException(file + " is not in the Preferences XML format");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        boolean found = collect(roots.get(0), "", "/" + nodePath, entries);
        if (!found) {
            throw new IOException(file + " holds no /" + nodePath + " node: not an Unknot settings file");
        }
        return entries;
    }

    /** Walks one node; returns whether the wanted node was among it and its descendants. */
    private static boolean collect(Element node, String path, String wanted, Map<String, String> entries)
            throws IOException {
        boolean isWanted = path.equals(wanted);
        for (Element map : children(node, "map")) {
            for (Element entry : children(map, "entry")) {
                if (!entry.hasAttribute("key") || !entry.hasAttribute("value")) {
                    throw new IOException("an entry in node " + (path.isEmpty() ? "/" : path)
                            + " lacks its key or value");
                }
                String key = entry.getAttribute("key");
                entries.put(isWanted ? key : path + "/" + key, entry.getAttribute("value"));
            }
        }
        boolean found = isWanted;
        for (Element child : children(node, "node")) {
            found |= collect(child, path + "/" + child.getAttribute("name"), wanted, entries);
        }
        return found;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                result.add(e);
            }
        }
        return result;
    }

    private static DocumentBuilder newBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // The parser refuses deeper nesting, so neither it nor the walk below can overflow the stack.
        factory.setAttribute(MAX_DEPTH_PROPERTY, String.valueOf(MAX_DEPTH));
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setIgnoringComments(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // Answers every external entity (the sun.com DTD included) locally, with nothing.
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setErrorHandler(new ErrorHandler() { // the default handler prints to stderr
            @Override
            public void warning(SAXParseException e) {
                // a warning does not make the file unreadable
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return builder;
    }

    private static Transformer newTransformer() throws TransformerException {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.DOCTYPE_SYSTEM, DTD_URI);
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        return transformer;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
