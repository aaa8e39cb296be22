package com.cacfiling.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * deploy/jvm.options is read by every start of the portal: an option this JDK does not know would stop every start,
 * and a start that skipped the file would run a differently configured portal from the one measured.
 */
class JvmOptionsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path OPTIONS = ROOT.resolve("deploy/jvm.options");

    @Test
    void thisJdkStartsWithThePortalsOptions() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "@" + OPTIONS, "-XX:+PrintFlagsFinal", "-version")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        // The file's options, as the JVM took them: from the command line.
        assertThat(output).containsPattern("bool G1UseAdaptiveIHOP\\s+= false\\s+\\{product\\} \\{command line\\}");
        assertThat(output).containsPattern("bool UseTransparentHugePages\\s+= true\\s+\\{product\\} \\{command line\\}");
    }

    @Test
    void everyStartReadsThem() throws IOException {
        List<String> starts = Files.readAllLines(ROOT.resolve("deploy/run.sh")).stream()
                .filter(line -> line.contains("exec java")).toList();
        assertThat(starts).hasSize(3).allSatisfy(line -> assertThat(line).contains("exec java \"$OPTIONS\""));
        assertThat(Files.readString(ROOT.resolve("deploy/run.sh"))).contains("OPTIONS=@$ROOT/deploy/jvm.options");

        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).contains("COPY deploy/jvm.options /app/jvm.options")
                .containsPattern("ENTRYPOINT \\[\"java\", \"@/app/jvm.options\"");

        assertThat(Files.readString(ROOT.resolve("docs/performance.md")))
                .contains("\"-DargLine=-Xmx512m @../deploy/jvm.options\"");
    }
}
