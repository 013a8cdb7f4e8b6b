package io.github.govreport.extract.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's viterbi segmenter with the dictionaries of the portable jar. HanLP's static
 * configuration is left as shipped: it reads its data from the class path and writes no files,
 * and the domain dictionaries stay in our own matchers rather than in its global custom
 * dictionary. One {@link Segment} is shared: its segmentation is thread-safe (measured with
 * 2 and 8 threads, docs/dependencies.md §3). Name recognition is off: it costs time
 * and decides nothing here.
 */
public final class HanLpSegmenter implements Segmenter {

    private final Segment segment;

    public HanLpSegmenter() {
        this.segment = HanLP.newSegment()
                .enableOffset(true)
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false);
    }

    @Override
    public List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int at = 0;
        for (Term term : segment.seg(text)) {
            int start = term.offset >= at ? term.offset : at;
            int end = start + term.word.length();
            words.add(new Word(start, end, term.nature == null ? "" : term.nature.toString()));
            at = end;
        }
        return words;
    }
}
