package org.fabrique.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SnippetsTest {
    private static final char START = '\u0002';
    private static final char STOP = '\u0003';

    @Test
    void marksTheMatchesAndEscapesTheRest() {
        assertEquals(
                "a &lt;b&gt; &amp; <mark>mot</mark> &quot;x&quot; &#39;y&#39;",
                Snippets.highlighted("a <b> & " + START + "mot" + STOP + " \"x\" 'y'", START, STOP));
    }

    @Test
    void closesAnOpenMarkAndIgnoresAStrayStop() {
        assertEquals("<mark>a</mark> b", Snippets.highlighted(START + "a" + STOP + STOP + " b", START, STOP));
        assertEquals("<mark>a b</mark>", Snippets.highlighted(START + "a b", START, STOP));
    }

    @Test
    void putsTheTextOnOneLine() {
        assertEquals("a b c", Snippets.highlighted("  a\n\n b\t c ", START, STOP));
        assertNull(Snippets.highlighted(null, START, STOP));
    }

    @Test
    void clipsOnAWordBoundary() {
        assertEquals("un deux…", Snippets.clip("un deux trois quatre", 12));
        assertEquals("court", Snippets.clip(" court ", 12));
    }
}
