package io.github.zhnorm;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * testdata/golden/CONFIG.input.txt converted with CONFIG must equal CONFIG.expected.txt. The inputs are the
 * project's own sample texts (testdata/samples); the expected files were reviewed by hand.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("testdata", "golden");

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            inputs = files.filter(p -> p.getFileName().toString().endsWith(".input.txt")).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no golden files in " + GOLDEN);
        return inputs.stream().map(input -> {
            String config = input.getFileName().toString().replace(".input.txt", "");
            Path expected = GOLDEN.resolve(config + ".expected.txt");
            return DynamicTest.dynamicTest(config, () ->
                    assertEquals(Files.readString(expected), Converter.of(config).convert(Files.readString(input))));
        });
    }
}
