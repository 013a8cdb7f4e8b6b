package io.github.govreport.extract.internal.io;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Passes a parser's XHTML on and counts the visible characters of each page, which Tika's PDF
 * parser marks as {@code <div class="page">}: a page without any is an image without a text layer
 * (a scanned page), which only OCR can read.
 */
final class PageTextCounter extends ContentHandlerDecorator {

    private final List<Integer> counts = new ArrayList<>();
    private int depthInPage = -1;
    private int depth;
    private int current;

    PageTextCounter(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        depth++;
        if (depthInPage < 0 && "div".equals(localName) && "page".equals(atts.getValue("class"))) {
            depthInPage = depth;
            current = 0;
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        if (depth == depthInPage) {
            counts.add(current);
            depthInPage = -1;
        }
        depth--;
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (depthInPage >= 0) {
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    current++;
                }
            }
        }
        super.characters(ch, start, length);
    }

    /** The visible characters of each page seen, in page order. */
    List<Integer> pageCounts() {
        return List.copyOf(counts);
    }

    /** The 1-based numbers of the pages that hold no visible character. */
    List<Integer> pagesWithoutText() {
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i) == 0) {
                pages.add(i + 1);
            }
        }
        return pages;
    }
}
