package io.github.zhnorm.engine;

import io.github.zhnorm.dict.TextDictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dictionary (a text dictionary or a whole group) compiled into an immutable array-based trie.
 *
 * <p>Every trie node stands for one prefix string. Because a group's answer at a text position depends only on
 * which keys are prefixes of the text there, the answer for "the text runs at least as deep as this node" is
 * computed once at build time for each node, whatever the group's nesting and policies. Matching is then one walk
 * down the trie as far as the text allows, reading the answer stored at the deepest node: no allocation, no
 * boxing. Thread-safe: nothing changes after construction.
 */
public final class MatchTable {
    /** The longest key, in chars. The packed node layout leaves 8 bits for match lengths. */
    public static final int MAX_KEY_LENGTH = 255;

    private static final int LEN_MASK = 0xFF;
    private static final int HAS_CHILDREN = 1 << 8;
    private static final int IDENTITY = 1 << 9;
    private static final int VALUE_SHIFT = 10;

    /** Node ids must fit the build-time edge key: (parent << 16 | char) + 1. */
    private static final int MAX_NODES = 1 << 22;
    private static final int LINEAR_SEARCH = 8;

    // Layout: nodes are numbered breadth-first, so the children of a node have consecutive ids, sorted by their
    // edge char. nodes[2n] is n's packed answer, nodes[2n + 1] the id of its first child; n's children are the
    // ids nodes[2n + 1] .. nodes[2n + 3] - 1, and edgeChar[id] is the char leading to id.
    private final int[] rootChild;      // first char → node id (0: no key starts with it)
    private final int[] rootInfo;       // first char → that node's packed answer (0: no key starts with it)
    private final int roots;            // root nodes are ids 1..roots, in char order
    private final long[] keyStarts = new long[1024]; // bit c: some key starts with c (8 KB: stays in L1)
    /**
     * char c → (its one-char result when no walk is needed, or {@link #WALK} when one is) XOR c. Stored XOR c so
     * that the all-zero array a new table starts from already means "copies c" (no 65536-step fill at start-up,
     * when nothing is compiled yet). Half the cache of an int[]. With {@link #pairFirst} the loop tests the pair
     * before reading it, so it holds the one-char answer also for chars that start longer keys.
     */
    private final char[] firstChar;
    /**
     * Whether {@link #convert} tests the pair at each position before the one-char table: better when very many
     * chars start longer keys (OpenCC's Simplified phrases start with most common chars, and a table lookup that
     * says "walk" at half of all positions costs a mispredicted branch each time); worse when few do (t2s).
     * Measured: s2t's table (3,615 chars with longer keys), tw2sp's first stage (485) and --to cn's (1,500+) gain,
     * t2s's (208) loses a fifth.
     */
    private final boolean pairFirst;
    private static final int PAIR_FIRST_ROOTS = 400;
    /** A noncharacter: "take the slow path" (text that really contains U+FFFF just takes it too, correctly). */
    private static final char WALK = '\uFFFF';
    private final long[] bigrams;       // second step of every walk: ((c1 << 16 | c2) + 1) << 32 | node, 0 = empty
    private final int bigramShift;
    // One bit per hashed (c1, c2) pair that starts some key: most walks stop after their first char, and this
    // small bitmap answers them without touching the larger bigram table.
    private final long[] pairFilter;
    private final int pairFilterShift;
    private final int[] nodes;          // interleaved: packed answer, first child
    private final char[] edgeChar;
    private final char[] valueChars;
    private final int[] valueStart;     // value v is valueChars[valueStart[v] .. valueStart[v + 1])
    private final int maxKeyLength;
    private final int nodeCount;
    private final int[] nodeLeaf;       // which dictionary decided each node's answer (for explanations)
    private final String[] leafNames;

    private MatchTable(Builder b, Layout layout) {
        this(layout.rootChild, layout.node, layout.edgeChar, layout.nodeLeaf,
                b.leaves.stream().map(TextDictionary::name).toArray(String[]::new), b.valueChars, b.valueStart,
                b.maxKeyLength, b.nodeCount);
    }

    private MatchTable(int[] rootChild, int[] nodes, char[] edgeChar, int[] nodeLeaf, String[] leafNames,
                       char[] valueChars, int[] valueStart, int maxKeyLength, int nodeCount) {
        this.rootChild = rootChild;
        this.nodes = nodes;
        this.edgeChar = edgeChar;
        this.nodeLeaf = nodeLeaf;
        this.leafNames = leafNames;
        this.valueChars = valueChars;
        this.valueStart = valueStart;
        this.maxKeyLength = maxKeyLength;
        this.nodeCount = nodeCount;
        // Every loop below runs over the root nodes only (ids 1..roots, their chars in edgeChar): start-up reads
        // many tables, often before the JIT has compiled anything.
        this.roots = nodeCount > 1 ? nodes[3] - 1 : 0;
        int depth2 = 0;
        for (int n = 1; n <= roots; n++) {
            depth2 += nodes[2 * n + 3] - nodes[2 * n + 1];
        }
        int cap = Integer.highestOneBit(Math.max(16, depth2 * 2)) << 1; // load factor at most 1/2
        this.bigrams = new long[cap];
        this.bigramShift = 32 - Integer.numberOfTrailingZeros(cap);
        int filterBits = Integer.highestOneBit(Math.max(64, depth2 * 16)) << 1; // about 3% false positives
        this.pairFilter = new long[filterBits >>> 6];
        this.pairFilterShift = 32 - Integer.numberOfTrailingZeros(filterBits);
        this.rootInfo = new int[65536];
        this.firstChar = new char[65536];
        int withChildren = 0;
        for (int n = 1; n <= roots; n++) {
            withChildren += (nodes[2 * n] & HAS_CHILDREN) != 0 ? 1 : 0;
        }
        this.pairFirst = withChildren >= PAIR_FIRST_ROOTS;
        for (int n = 1; n <= roots; n++) {
            char c = edgeChar[n];
            for (int k = nodes[2 * n + 1]; k < nodes[2 * n + 3]; k++) {
                int pair = c << 16 | edgeChar[k];
                long key = (pair & 0xFFFFFFFFL) + 1;
                int slot = bigramSlot(pair);
                while (bigrams[slot] != 0) {
                    slot = (slot + 1) & (cap - 1);
                }
                bigrams[slot] = key << 32 | k;
                int bit = pairFilterBit(pair);
                pairFilter[bit >>> 6] |= 1L << bit;
            }
            int info = nodes[2 * n];
            rootInfo[c] = info;
            keyStarts[c >>> 6] |= 1L << c;
            int one = WALK; // the answer when no key longer than one char can match here
            if ((info & LEN_MASK) == 1) {
                int v = (info >>> VALUE_SHIFT) - 1;
                if (valueStart[v + 1] - valueStart[v] == 1) {
                    one = valueChars[valueStart[v]];
                }
            } else if ((info & LEN_MASK) == 0) {
                one = c;
            }
            int f = !pairFirst && (info & HAS_CHILDREN) != 0 ? WALK : one;
            firstChar[c] = (char) (f ^ c);
        }
        // U+FFFF itself reads as WALK (0 ^ U+FFFF): its walk finds no key unless one starts with it
    }

    /** Compiles a dictionary or group. */
    public static MatchTable compile(DictSpec spec) {
        return new Builder(spec).build();
    }

    /** The longest key length in chars. */
    public int maxKeyLength() {
        return maxKeyLength;
    }

    /** Number of trie nodes (for size reports). */
    public int nodeCount() {
        return nodeCount;
    }

    /** True if some key starts with one of the chars in {@code text[from, to)}. */
    public boolean anyKeyStart(char[] text, int from, int to) {
        long[] starts = keyStarts;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if ((starts[c >>> 6] & (1L << c)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** True if some key starts with {@code c}. */
    public boolean startsKey(char c) {
        return (keyStarts[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * The match at {@code pos}: 0 when none, else {@code value << 32 | length} with length in chars.
     * {@code end} bounds the walk (exclusive).
     */
    public long match(char[] text, int pos, int end) {
        int info = deepestInfo(text, pos, end);
        int len = info & LEN_MASK;
        if (len == 0) {
            return 0;
        }
        return ((long) ((info >>> VALUE_SHIFT) - 1) << 32) | len;
    }

    /** Walks as deep as the text allows from {@code pos}; returns that node's packed answer (0: no key here). */
    private int deepestInfo(char[] text, int pos, int end) {
        // As deepestNode, but a walk that stops at its first char reads only rootInfo.
        char c = text[pos];
        int info = rootInfo[c];
        if ((info & HAS_CHILDREN) == 0 || pos + 1 >= end) {
            return info;
        }
        int n = bigram(c, text[pos + 1]);
        return n == 0 ? info : nodes[2 * walkOn(n, text, pos + 2, end)];
    }

    /** From node {@code n}, follows {@code text[i..]} as deep as the trie and {@code end} allow; the last node. */
    private int walkOn(int n, char[] text, int i, int end) {
        while ((nodes[2 * n] & HAS_CHILDREN) != 0 && i < end) {
            int child = child(n, text[i]);
            if (child == 0) {
                break;
            }
            n = child;
            i++;
        }
        return n;
    }

    private int bigramSlot(int pair) {
        return (pair * 0x9E3779B9) >>> bigramShift;
    }

    private int pairFilterBit(int pair) {
        return (pair * 0x2545F491) >>> pairFilterShift;
    }

    /** False when no key starts with c1 c2 (true may be a false positive). */
    private boolean mayContinue(char c1, char c2) {
        int bit = pairFilterBit(c1 << 16 | c2);
        return (pairFilter[bit >>> 6] & (1L << bit)) != 0;
    }

    /** The depth-2 node for the pair c1 c2, or 0: one hash probe instead of searching c1's children. */
    private int bigram(char c1, char c2) {
        int pair = c1 << 16 | c2; // as unsigned 32 bits
        int bit = pairFilterBit(pair);
        if ((pairFilter[bit >>> 6] & (1L << bit)) == 0) {
            return 0;
        }
        long key = (pair & 0xFFFFFFFFL) + 1;
        long[] t = bigrams;
        int mask = t.length - 1;
        int slot = bigramSlot(pair);
        while (true) {
            long e = t[slot];
            if ((e >>> 32) == key) {
                return (int) e;
            }
            if (e == 0) {
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int child(int parent, char c) {
        int lo = nodes[2 * parent + 1];
        int hi = nodes[2 * parent + 3] - 1;
        char[] chars = edgeChar;
        if (hi - lo < LINEAR_SEARCH) {
            for (int k = lo; k <= hi; k++) {
                char e = chars[k];
                if (e >= c) {
                    return e == c ? k : 0;
                }
            }
            return 0;
        }
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char e = chars[mid];
            if (e < c) {
                lo = mid + 1;
            } else if (e > c) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return 0;
    }

    /**
     * Converts {@code in[from, to)} into {@code out}: at each position the match's value replaces the matched
     * text; where nothing matches one code point is copied (a surrogate pair is never split). Returns whether any
     * text was replaced by something different.
     */
    public boolean convert(char[] in, int from, int to, CharBuf out) {
        return convertSegments(in, from, to, null, 0, out, null);
    }

    /**
     * Converts the segments {@code in[from, ends[0])}, {@code [ends[0], ends[1])} … {@code [.., ends[count - 1])}
     * as if each were converted alone (no match reaches across a segment end), in one pass; writes where each
     * segment ends in {@code out} into {@code outEnds}. With {@code ends} null: the one segment {@code [from, to)}.
     */
    boolean convertSegments(char[] in, int from, int to, int[] ends, int count, CharBuf out, int[] outEnds) {
        // two loops, compiled apart (each with its own branch profile)
        return pairFirst ? convertPairFirst(in, from, to, ends, count, out, outEnds)
                : convertCharFirst(in, from, to, ends, count, out, outEnds);
    }

    /** For tables where few chars start longer keys: one table read per char in the common case. */
    private boolean convertCharFirst(char[] in, int from, int to, int[] ends, int count, CharBuf out,
                                     int[] outEnds) {
        // Hot loop: one table read per character in the common case (no key, or a one-char key with no longer
        // key behind it); a trie walk only where a phrase may start. Writes straight into the output array.
        int end = ends == null ? to : ends[count - 1];
        out.ensureFree(end - from);
        char[] o = out.array();
        int op = out.length();
        char[] fastMap = firstChar;
        int diff = 0; // non-zero once any character was replaced by a different one
        int i = from;
        int k = 0;
        int segEnd = ends == null ? end : ends[0];
        while (true) {
            if (i == segEnd) {
                if (ends == null) {
                    break;
                }
                outEnds[k++] = op;
                if (k == count) {
                    break;
                }
                segEnd = ends[k];
                continue;
            }
            char c = in[i];
            char d = fastMap[c];
            char f = (char) (d ^ c);
            if (f != WALK) {
                o[op++] = f;
                diff |= d;
                i++;
                continue;
            }
            // Free space in o is at least end - i here: copies keep it, longer values re-check it below.
            int info = rootInfo[c];
            if ((info & HAS_CHILDREN) != 0 && i + 1 < segEnd && mayContinue(c, in[i + 1])) {
                info = deepestInfo(in, i, segEnd);
            }
            int len = info & LEN_MASK;
            if (len == 0) {
                o[op++] = c;
                i++;
                if (Character.isHighSurrogate(c) && i < segEnd && Character.isLowSurrogate(in[i])) {
                    o[op++] = in[i++];
                }
                continue;
            }
            if ((info & IDENTITY) != 0) {
                for (int j = 0; j < len; j++) {
                    o[op + j] = in[i + j];
                }
                op += len;
                i += len;
                continue;
            }
            diff = 1;
            i += len;
            op = writeValue(info, end - i, out, op);
            o = out.array();
        }
        out.setLength(op);
        return diff != 0;
    }

    /** For tables where most chars start longer keys (see {@link #pairFirst}): the pair test comes first. */
    private boolean convertPairFirst(char[] in, int from, int to, int[] ends, int count, CharBuf out,
                                     int[] outEnds) {
        int end = ends == null ? to : ends[count - 1];
        out.ensureFree(end - from);
        char[] o = out.array();
        int op = out.length();
        char[] oneMap = firstChar;
        long[] filter = pairFilter;
        int shift = pairFilterShift;
        int diff = 0;
        int i = from;
        int k = 0;
        int segEnd = ends == null ? end : ends[0];
        while (true) {
            if (i == segEnd) {
                if (ends == null) {
                    break;
                }
                outEnds[k++] = op;
                if (k == count) {
                    break;
                }
                segEnd = ends[k];
                continue;
            }
            char c = in[i];
            boolean pair = false;
            if (i + 1 < segEnd) {
                int bit = ((c << 16 | in[i + 1]) * 0x2545F491) >>> shift;
                pair = (filter[bit >>> 6] & (1L << bit)) != 0;
            }
            if (!pair) {
                char d = oneMap[c];
                char f = (char) (d ^ c);
                if (f != WALK) {
                    o[op++] = f;
                    diff |= d;
                    i++;
                    continue;
                }
            }
            int info = deepestInfo(in, i, segEnd);
            int len = info & LEN_MASK;
            if (len == 0) {
                o[op++] = c;
                i++;
                if (Character.isHighSurrogate(c) && i < segEnd && Character.isLowSurrogate(in[i])) {
                    o[op++] = in[i++];
                }
                continue;
            }
            if ((info & IDENTITY) != 0) {
                for (int j = 0; j < len; j++) {
                    o[op + j] = in[i + j];
                }
                op += len;
                i += len;
                continue;
            }
            diff = 1;
            i += len;
            op = writeValue(info, end - i, out, op);
            o = out.array();
        }
        out.setLength(op);
        return diff != 0;
    }

    /**
     * Writes the value of the match {@code info} into {@code out} at {@code op}, growing out when the value is
     * longer than the text it replaces ({@code rest}: input chars still to come); returns the new output position.
     * Callers re-read {@code out.array()}.
     */
    private int writeValue(int info, int rest, CharBuf out, int op) {
        char[] o = out.array();
        int v = (info >>> VALUE_SHIFT) - 1;
        int vs = valueStart[v];
        int vlen = valueStart[v + 1] - vs;
        if (op + vlen + rest > o.length) {
            out.setLength(op);
            out.ensureFree(vlen + rest);
            o = out.array();
        }
        for (int j = 0; j < vlen; j++) {
            o[op + j] = valueChars[vs + j];
        }
        return op + vlen;
    }

    /** Receives each replacement a stage makes, in input and output coordinates. */
    @FunctionalInterface
    public interface Recorder {
        void replaced(int inStart, int inEnd, int outStart, int outEnd, String dictionary);
    }

    /**
     * Like {@link #convert} but reports every replacement that changes the text, with the dictionary that
     * decided it. Slow path, for explanations.
     */
    public void convert(char[] in, int from, int to, CharBuf out, Recorder recorder) {
        int i = from;
        while (i < to) {
            int node = deepestNode(in, i, to);
            int info = node == 0 ? 0 : nodes[2 * node];
            int len = info & LEN_MASK;
            if (len == 0) {
                int next = (Character.isHighSurrogate(in[i]) && i + 1 < to && Character.isLowSurrogate(in[i + 1]))
                        ? i + 2 : i + 1;
                out.append(in, i, next - i);
                i = next;
                continue;
            }
            if ((info & IDENTITY) != 0) {
                out.append(in, i, len);
                i += len;
                continue;
            }
            int outStart = out.length();
            appendValue((info >>> VALUE_SHIFT) - 1, out);
            recorder.replaced(i, i + len, outStart, out.length(), leafNames[nodeLeaf[node]]);
            i += len;
        }
    }

    /** The deepest node the text reaches from {@code pos} (0: no key starts there). */
    private int deepestNode(char[] text, int pos, int end) {
        char c = text[pos];
        int n = rootChild[c];
        if (n == 0 || (nodes[2 * n] & HAS_CHILDREN) == 0 || pos + 1 >= end) {
            return n;
        }
        int second = bigram(c, text[pos + 1]);
        return second == 0 ? n : walkOn(second, text, pos + 2, end);
    }

    /** Value {@code v} (from {@link #match}) as a string. */
    public String value(int v) {
        return new String(valueChars, valueStart[v], valueStart[v + 1] - valueStart[v]);
    }

    /** Appends value {@code v} (from {@link #match}) to {@code out}. */
    public void appendValue(int v, CharBuf out) {
        int vs = valueStart[v];
        out.append(valueChars, vs, valueStart[v + 1] - vs);
    }

    /** Writes this table in the compiled binary form (see {@link CompiledForm}). */
    void write(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(nodeCount);
        out.writeInt(maxKeyLength);
        CompiledForm.writeInts(out, nodes);
        CompiledForm.writeChars(out, edgeChar);
        CompiledForm.writeInts(out, nodeLeaf);
        out.writeInt(leafNames.length);
        for (String name : leafNames) {
            out.writeUTF(name);
        }
        CompiledForm.writeChars(out, valueChars);
        CompiledForm.writeInts(out, valueStart);
    }

    /** Reads a table written by {@link #write}. */
    static MatchTable read(java.io.DataInputStream in) throws java.io.IOException {
        int nodeCount = in.readInt();
        int maxKeyLength = in.readInt();
        int[] nodes = CompiledForm.readInts(in);
        char[] edgeChar = CompiledForm.readChars(in);
        // the root nodes are ids 1..roots, their chars in edgeChar (breadth-first layout)
        int[] rootChild = new int[65536];
        for (int n = 1, roots = nodeCount > 1 ? nodes[3] - 1 : 0; n <= roots; n++) {
            rootChild[edgeChar[n]] = n;
        }
        int[] nodeLeaf = CompiledForm.readInts(in);
        String[] leafNames = new String[in.readInt()];
        for (int i = 0; i < leafNames.length; i++) {
            leafNames[i] = in.readUTF();
        }
        char[] valueChars = CompiledForm.readChars(in);
        int[] valueStart = CompiledForm.readInts(in);
        return new MatchTable(rootChild, nodes, edgeChar, nodeLeaf, leafNames, valueChars, valueStart, maxKeyLength,
                nodeCount);
    }

    /** Marks every char that occurs in a key or a value of this table. */
    void markUsedChars(boolean[] used) {
        for (int id = 1; id < nodeCount; id++) { // roots included
            used[edgeChar[id]] = true;
        }
        for (char c : valueChars) {
            used[c] = true;
        }
    }

    /** Marks every char that starts a key. */
    void markKeyStarts(boolean[] starts) {
        for (int n = 1; n <= roots; n++) {
            starts[edgeChar[n]] = true;
        }
    }

    /** The breadth-first renumbering of a built trie (see the field comments). */
    private static final class Layout {
        int[] rootChild = new int[65536];
        int[] node;
        char[] edgeChar;
        int[] nodeLeaf;

        static Layout breadthFirst(Builder b) {
            int n = b.nodeCount;
            // children of every old node, as (char << 32 | old child id), grouped by parent
            int[] count = new int[n + 1];
            for (long key : b.edgeKeys) {
                if (key != 0) {
                    count[(int) ((key - 1) >>> 16)]++;
                }
            }
            int[] start = new int[n + 1];
            for (int i = 0; i < n; i++) {
                start[i + 1] = start[i] + count[i];
            }
            long[] kids = new long[start[n]];
            int[] fill = start.clone();
            for (int i = 0; i < b.edgeKeys.length; i++) {
                long key = b.edgeKeys[i];
                if (key != 0) {
                    int parent = (int) ((key - 1) >>> 16);
                    kids[fill[parent]++] = (((key - 1) & 0xFFFF) << 32) | b.edgeTargets[i];
                }
            }
            Layout l = new Layout();
            l.node = new int[2 * (n + 1)];
            l.edgeChar = new char[n];
            l.nodeLeaf = new int[n];
            int[] order = new int[n]; // new id → old id
            int next = 1;
            l.node[1] = 1;
            for (int c = 0; c < 65536; c++) {
                int old = b.rootChild[c];
                if (old != 0) {
                    order[next] = old;
                    l.edgeChar[next] = (char) c;
                    l.rootChild[c] = next++;
                }
            }
            for (int id = 1; id < n; id++) {
                int old = order[id];
                l.nodeLeaf[id] = b.nodeLeaf[old];
                l.node[2 * id] = b.nodeInfo[old];
                l.node[2 * id + 1] = next;
                int from = start[old];
                int to = start[old + 1];
                java.util.Arrays.sort(kids, from, to);
                for (int k = from; k < to; k++) {
                    order[next] = (int) kids[k];
                    l.edgeChar[next] = (char) (kids[k] >>> 32);
                    next++;
                }
            }
            l.node[2 * n + 1] = next;
            return l;
        }
    }

    private static final class Builder {
        final List<TextDictionary> leaves = new ArrayList<>();
        private final DictSpec spec;
        private final Map<DictSpec, Integer> leafIndex = new IdentityHashMap<>();

        int[] rootChild = new int[65536];
        long[] edgeKeys;
        int[] edgeTargets;
        int edgeShift;
        int[] nodeInfo;
        char[] valueChars;
        int[] valueStart;
        int maxKeyLength;
        int nodeCount = 1;
        int[] nodeLeaf;

        // build-time per-node data
        private int[] parent = new int[1024];
        private int[] depth = new int[1024];
        private char[] edgeChar = new char[1024]; // the char on the edge into each node
        private int[] terminal; // node * leafCount + leaf → value + 1
        private int edgeCount;

        Builder(DictSpec spec) {
            this.spec = spec;
            collectLeaves(spec);
        }

        private void collectLeaves(DictSpec s) {
            if (s instanceof DictSpec.Leaf l) {
                leafIndex.put(s, leaves.size());
                leaves.add(l.dictionary());
            } else {
                for (DictSpec m : ((DictSpec.Group) s).members()) {
                    collectLeaves(m);
                }
            }
        }

        MatchTable build() {
            int leafCount = leaves.size();
            int totalKeys = 0;
            for (TextDictionary d : leaves) {
                totalKeys += d.size();
            }
            int cap = Integer.highestOneBit(Math.max(16, totalKeys * 6)) << 1;
            edgeKeys = new long[cap];
            edgeTargets = new int[cap];
            edgeShift = 64 - Integer.numberOfTrailingZeros(cap);
            terminal = new int[1024 * leafCount];

            Map<String, Integer> valueIds = new HashMap<>();
            List<String> values = new ArrayList<>();
            for (int leaf = 0; leaf < leafCount; leaf++) {
                TextDictionary d = leaves.get(leaf);
                for (Map.Entry<String, List<String>> e : d.entries().entrySet()) {
                    String key = e.getKey();
                    if (key.length() > MAX_KEY_LENGTH) {
                        throw new IllegalArgumentException(d.name() + ": key longer than " + MAX_KEY_LENGTH
                                + " chars: " + key.substring(0, 20) + "…");
                    }
                    int node = insert(key);
                    int slot = node * leafCount + leaf;
                    if (terminal[slot] == 0) {
                        String value = e.getValue().get(0);
                        Integer id = valueIds.get(value);
                        if (id == null) {
                            id = values.size();
                            valueIds.put(value, id);
                            values.add(value);
                        }
                        terminal[slot] = id + 1;
                    }
                    maxKeyLength = Math.max(maxKeyLength, key.length());
                }
            }
            if (values.size() >= (1 << (31 - VALUE_SHIFT))) {
                throw new IllegalArgumentException("too many distinct values for one table: " + values.size());
            }
            if (nodeCount >= MAX_NODES) {
                throw new IllegalArgumentException("dictionary too large: " + nodeCount + " trie nodes");
            }
            packValues(values);
            computeBest(leafCount);
            return new MatchTable(this, Layout.breadthFirst(this));
        }

        private int insert(String key) {
            int node = 0;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                int next;
                if (node == 0) {
                    next = rootChild[c];
                    if (next == 0) {
                        next = newNode(0, 1, c);
                        rootChild[c] = next;
                    }
                } else {
                    next = findOrAddEdge(node, c, i + 1);
                }
                node = next;
            }
            return node;
        }

        private int newNode(int parentNode, int nodeDepth, char c) {
            int id = nodeCount++;
            if (id >= parent.length) {
                int n = parent.length * 2;
                parent = Arrays.copyOf(parent, n);
                depth = Arrays.copyOf(depth, n);
                edgeChar = Arrays.copyOf(edgeChar, n);
                terminal = Arrays.copyOf(terminal, n * leaves.size());
            }
            parent[id] = parentNode;
            depth[id] = nodeDepth;
            edgeChar[id] = c;
            return id;
        }

        private int findOrAddEdge(int parentNode, char c, int childDepth) {
            if ((edgeCount + 1) * 2 > edgeKeys.length) {
                rehash();
            }
            long key = (((long) parentNode << 16) | c) + 1;
            int mask = edgeKeys.length - 1;
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> edgeShift);
            while (edgeKeys[slot] != 0) {
                if (edgeKeys[slot] == key) {
                    return edgeTargets[slot];
                }
                slot = (slot + 1) & mask;
            }
            int child = newNode(parentNode, childDepth, c);
            edgeKeys[slot] = key;
            edgeTargets[slot] = child;
            edgeCount++;
            return child;
        }

        private void rehash() {
            long[] oldKeys = edgeKeys;
            int[] oldTargets = edgeTargets;
            int cap = oldKeys.length * 2;
            edgeKeys = new long[cap];
            edgeTargets = new int[cap];
            edgeShift = 64 - Integer.numberOfTrailingZeros(cap);
            for (int i = 0; i < oldKeys.length; i++) {
                long key = oldKeys[i];
                if (key != 0) {
                    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> edgeShift);
                    while (edgeKeys[slot] != 0) {
                        slot = (slot + 1) & (cap - 1);
                    }
                    edgeKeys[slot] = key;
                    edgeTargets[slot] = oldTargets[i];
                }
            }
        }

        private void packValues(List<String> values) {
            valueStart = new int[values.size() + 1];
            int total = 0;
            for (String v : values) {
                total += v.length();
            }
            valueChars = new char[total];
            int pos = 0;
            for (int i = 0; i < values.size(); i++) {
                valueStart[i] = pos;
                String v = values.get(i);
                v.getChars(0, v.length(), valueChars, pos);
                pos += v.length();
            }
            valueStart[values.size()] = pos;
        }

        /** Node ids grow with depth along every path, so a parent is always finished before its children. */
        private void computeBest(int leafCount) {
            nodeInfo = new int[nodeCount];
            nodeLeaf = new int[nodeCount];
            int[] leafLen = new int[nodeCount * leafCount];
            int[] leafVal = new int[nodeCount * leafCount];
            boolean[] hasChildren = new boolean[nodeCount];
            for (int node = 1; node < nodeCount; node++) {
                hasChildren[parent[node]] = true;
            }
            long[] result = new long[2]; // {value << 32 | length, leaf}
            for (int node = 1; node < nodeCount; node++) {
                int p = parent[node];
                for (int leaf = 0; leaf < leafCount; leaf++) {
                    int t = terminal[node * leafCount + leaf];
                    int idx = node * leafCount + leaf;
                    if (t != 0) {
                        leafLen[idx] = depth[node];
                        leafVal[idx] = t - 1;
                    } else if (p != 0) {
                        leafLen[idx] = leafLen[p * leafCount + leaf];
                        leafVal[idx] = leafVal[p * leafCount + leaf];
                    }
                }
                evaluate(spec, node * leafCount, leafLen, leafVal, result);
                nodeLeaf[node] = (int) result[1];
                int len = (int) result[0];
                int info = hasChildren[node] ? HAS_CHILDREN : 0;
                if (len > 0) {
                    int value = (int) (result[0] >>> 32);
                    info |= len | ((value + 1) << VALUE_SHIFT);
                    if (isIdentity(node, len, value)) {
                        info |= IDENTITY;
                    }
                }
                nodeInfo[node] = info;
            }
            parent = null;
            depth = null;
            edgeChar = null;
            terminal = null;
        }

        /** True when value {@code v} equals the first {@code len} chars of the key path leading to {@code node}. */
        private boolean isIdentity(int node, int len, int v) {
            int vs = valueStart[v];
            if (valueStart[v + 1] - vs != len) {
                return false;
            }
            int n = node;
            while (depth[n] > len) {
                n = parent[n];
            }
            for (int k = len - 1; k >= 0; k--) {
                if (valueChars[vs + k] != edgeChar[n]) {
                    return false;
                }
                n = parent[n];
            }
            return true;
        }

        /**
         * The group's answer given each leaf's longest match on this path:
         * result[0] = value << 32 | length (0: none), result[1] = the deciding leaf.
         */
        private void evaluate(DictSpec s, int base, int[] leafLen, int[] leafVal, long[] result) {
            if (s instanceof DictSpec.Leaf) {
                int leaf = leafIndex.get(s);
                int len = leafLen[base + leaf];
                result[0] = len == 0 ? 0 : ((long) leafVal[base + leaf] << 32) | len;
                result[1] = leaf;
                return;
            }
            DictSpec.Group g = (DictSpec.Group) s;
            long best = 0;
            long bestLeaf = 0;
            for (DictSpec m : g.members()) {
                evaluate(m, base, leafLen, leafVal, result);
                long r = result[0];
                if ((int) r == 0) {
                    continue;
                }
                if (g.policy() == MatchPolicy.SHORT_CIRCUIT) {
                    best = r;
                    bestLeaf = result[1];
                    break;
                }
                if ((int) r > (int) best) {
                    best = r;
                    bestLeaf = result[1];
                }
            }
            result[0] = best;
            result[1] = bestLeaf;
        }
    }
}
