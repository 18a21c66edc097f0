package io.github.zhnorm;

import io.github.zhnorm.config.ConfigLoader;
import io.github.zhnorm.engine.CompiledForm;
import io.github.zhnorm.engine.Conversion;
import io.github.zhnorm.engine.ConversionPipeline;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped precompiled conversions equal conversions built from the dictionaries now. */
class PrecompiledTest {
    private static String sampleText() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String f : new String[] {"simplified.txt", "taiwan.txt", "hongkong.txt"}) {
            sb.append(Files.readString(Path.of("testdata", "samples", f)));
        }
        sb.append(ConverterPropertyTest.randomText(new Random(5), 4000));
        return sb.toString();
    }

    @Test
    void everyBuiltInConfigurationIsPrecompiledAndCurrent() throws IOException {
        String text = sampleText();
        for (OpenccConfig c : OpenccConfig.values()) {
            Conversion shipped = Precompiled.load(Precompiled.builtinName(c)).orElseThrow(
                    () -> new AssertionError("no precompiled " + c.id() + " (run mvn process-classes)"));
            Conversion fresh = ConversionPipeline.compile(ConfigLoader.builtin(c.id()));
            assertEquals(fresh.convert(text), shipped.convert(text), c.id());
        }
    }

    @Test
    void everyTargetIsPrecompiledAndCurrent() throws IOException {
        String text = sampleText();
        for (Target t : Target.values()) {
            Conversion shipped = Precompiled.load(Precompiled.targetName(t)).orElseThrow();
            Conversion fresh = Converter.forTarget(t).build().conversion();
            assertEquals(fresh.convert(text), shipped.convert(text), t.id());
        }
        for (DetectedRegion source : Precompiler.SOURCES) {
            Conversion shipped = Precompiled.load(Precompiled.targetName(Target.CN, source)).orElseThrow();
            Conversion fresh = Converter.forTarget(Target.CN).from(source).build().conversion();
            assertEquals(fresh.convert(text), shipped.convert(text), "cn from " + source);
        }
    }

    @Test
    void roundTripThroughTheBinaryFormKeepsExplanations() throws IOException {
        Conversion fresh = Converter.forTarget(Target.CN).build().conversion();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompiledForm.write(fresh, bytes);
        Conversion read = CompiledForm.read(new ByteArrayInputStream(bytes.toByteArray()));
        Converter a = new Converter("a", fresh);
        Converter b = new Converter("b", read);
        String text = "他用滑鼠看著軟體。";
        assertEquals(a.explain(text), b.explain(text));
        assertTrue(!a.explain(text).isEmpty());
    }
}
