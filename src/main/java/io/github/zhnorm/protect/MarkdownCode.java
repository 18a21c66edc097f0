package io.github.zhnorm.protect;

import java.util.ArrayList;
import java.util.List;

/** The {@code code} protection: fenced blocks ({@link FencedCode}), then inline code ({@link InlineCode}) between them. */
final class MarkdownCode implements SpanFinder {
    private final FencedCode fenced = new FencedCode();

    @Override
    public void find(CharSequence text, List<Span> out) {
        List<Span> blocks = new ArrayList<>();
        fenced.find(text, blocks);
        int gap = 0;
        for (Span b : blocks) {
            InlineCode.find(text, gap, b.start(), out);
            gap = b.end();
        }
        InlineCode.find(text, gap, text.length(), out);
        out.addAll(blocks);
    }
}
