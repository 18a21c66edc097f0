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
 * testdata/golden/CONFIG.input.txt converted with CONFIG must equal CONFIG.expected.txt, and
 * to-TARGET.NAME.input.txt converted with {@code --to TARGET} must equal to-TARGET.NAME.expected.txt. The inputs
 * are the project's own sample texts (testdata/samples); the expected files were reviewed by hand.
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
            String name = input.getFileName().toString().replace(".input.txt", "");
            Path expected = GOLDEN.resolve(name + ".expected.txt");
            Converter converter = name.startsWith("to-")
                    ? Converter.to(Target.byId(name.substring(3, name.indexOf('.'))).orElseThrow())
                    : Converter.of(name);
            return DynamicTest.dynamicTest(name, () ->
                    assertEquals(Files.readString(expected), converter.convert(Files.readString(input))));
        });
    }
}
