package io.github.zhnorm.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled binary form of a conversion: its tries as flat arrays, written at package time so that start-up
 * reads arrays instead of parsing and compiling dictionaries. Tables shared by several stages are stored once.
 * Format: magic, version, the table pool, then the conversion tree referring to tables by index.
 */
public final class CompiledForm {
    private static final int MAGIC = 0x5A484E43; // "ZHNC"
    private static final int VERSION = 6;
    private static final byte PIPELINE = 1;
    private static final byte GATED = 2;

    private CompiledForm() {
    }

    public static void write(Conversion conversion, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        Map<MatchTable, Integer> pool = new IdentityHashMap<>();
        List<MatchTable> tables = new ArrayList<>();
        collect(conversion, pool, tables);
        out.writeInt(tables.size());
        for (MatchTable t : tables) {
            t.write(out);
        }
        writeConversion(conversion, pool, out);
        out.flush();
    }

    public static Conversion read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a compiled zhnorm conversion of this version");
        }
        MatchTable[] tables = new MatchTable[in.readInt()];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = MatchTable.read(in);
        }
        return readConversion(in, tables);
    }

    private static void collect(Conversion c, Map<MatchTable, Integer> pool, List<MatchTable> tables) {
        if (c instanceof ConversionPipeline p) {
            for (MatchTable t : p.tables()) {
                if (t != null && !pool.containsKey(t)) {
                    pool.put(t, tables.size());
                    tables.add(t);
                }
            }
        } else if (c instanceof ScriptGatedConversion g) {
            collect(g.foreign(), pool, tables);
            collect(g.nativeText(), pool, tables);
        } else {
            throw new IllegalArgumentException("cannot compile " + c);
        }
    }

    private static void writeConversion(Conversion c, Map<MatchTable, Integer> pool, DataOutputStream out)
            throws IOException {
        if (c instanceof ConversionPipeline p) {
            out.writeByte(PIPELINE);
            out.writeUTF(p.name());
            writeTables(p.normalization(), pool, out);
            out.writeInt(p.segmentation() == null ? -1 : pool.get(p.segmentation()));
            writeTables(p.stages(), pool, out);
            out.writeBoolean(p.firstStageInSegmentation());
            out.writeInt(p.firstStageRest() == null ? -1 : pool.get(p.firstStageRest()));
            out.writeInt(p.priority() == null ? -1 : pool.get(p.priority()));
            p.safeBreaks().write(out);
        } else {
            ScriptGatedConversion g = (ScriptGatedConversion) c;
            out.writeByte(GATED);
            out.writeUTF(g.name());
            writeConversion(g.foreign(), pool, out);
            writeConversion(g.nativeText(), pool, out);
            g.foreignChars().write(out);
            g.nativeChars().write(out);
        }
    }

    private static Conversion readConversion(DataInputStream in, MatchTable[] tables) throws IOException {
        byte kind = in.readByte();
        String name = in.readUTF();
        if (kind == PIPELINE) {
            MatchTable[] normalization = readTables(in, tables);
            int seg = in.readInt();
            MatchTable[] stages = readTables(in, tables);
            boolean firstInSegmentation = in.readBoolean();
            int rest = in.readInt();
            int priority = in.readInt();
            return new ConversionPipeline(name, normalization, seg < 0 ? null : tables[seg], stages,
                    firstInSegmentation, rest < 0 ? null : tables[rest], priority < 0 ? null : tables[priority],
                    CharMask.read(in));
        }
        if (kind == GATED) {
            Conversion foreign = readConversion(in, tables);
            Conversion nativeText = readConversion(in, tables);
            return new ScriptGatedConversion(name, foreign, nativeText, CharMask.read(in), CharMask.read(in));
        }
        throw new IOException("corrupt compiled conversion (kind " + kind + ")");
    }

    private static void writeTables(MatchTable[] ts, Map<MatchTable, Integer> pool, DataOutputStream out)
            throws IOException {
        out.writeInt(ts.length);
        for (MatchTable t : ts) {
            out.writeInt(pool.get(t));
        }
    }

    private static MatchTable[] readTables(DataInputStream in, MatchTable[] tables) throws IOException {
        MatchTable[] ts = new MatchTable[in.readInt()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = tables[in.readInt()];
        }
        return ts;
    }

    static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(a.length * 4);
        b.asIntBuffer().put(a);
        out.write(b.array());
    }

    static int[] readInts(DataInputStream in) throws IOException {
        int n = in.readInt();
        byte[] raw = new byte[n * 4];
        in.readFully(raw);
        int[] a = new int[n];
        ByteBuffer.wrap(raw).asIntBuffer().get(a);
        return a;
    }

    static void writeChars(DataOutputStream out, char[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(a.length * 2);
        b.asCharBuffer().put(a);
        out.write(b.array());
    }

    static char[] readChars(DataInputStream in) throws IOException {
        int n = in.readInt();
        byte[] raw = new byte[n * 2];
        in.readFully(raw);
        char[] a = new char[n];
        ByteBuffer.wrap(raw).asCharBuffer().get(a);
        return a;
    }
}
