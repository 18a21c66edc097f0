package io.github.zhnorm.engine;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CharMaskTest {
    @Test
    void holdsExactlyTheCharsGivenAndSurvivesWriteAndRead() throws Exception {
        boolean[] set = new boolean[65536];
        Random r = new Random(7);
        for (int i = 0; i < 5000; i++) {
            set[r.nextInt(65536)] = true;
        }
        set[0] = set[63] = set[64] = set[0xFFFF] = true;
        CharMask mask = CharMask.of(set);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        mask.write(new DataOutputStream(bytes));
        CharMask read = CharMask.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        for (int c = 0; c < 65536; c++) {
            assertEquals(set[c], mask.contains((char) c), "char " + c);
            assertEquals(set[c], read.contains((char) c), "read char " + c);
        }
    }
}
