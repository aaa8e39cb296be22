package com.cacfiling.web.db;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database password read from the file an operator names, as a second node or a container gets it. */
class DatasourcePasswordFileTest {

    @TempDir
    Path directory;

    @Test
    void thePasswordComesFromTheFileWithoutItsLineBreak() throws Exception {
        Path file = Files.writeString(directory.resolve("db.password"), "s3cret pass\n", StandardCharsets.UTF_8);
        MockEnvironment environment = new MockEnvironment().withProperty(DatasourcePasswordFile.PROPERTY,
                file.toString());

        new DatasourcePasswordFile().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("s3cret pass");
    }

    @Test
    void withoutAFileNothingChanges() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.password", "given");

        new DatasourcePasswordFile().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("given");
    }

    @Test
    void aPasswordGivenTwiceOrAFileThatCannotServeStopsTheStartInWords() throws Exception {
        Path file = Files.writeString(directory.resolve("db.password"), "one", StandardCharsets.UTF_8);
        MockEnvironment both = new MockEnvironment().withProperty(DatasourcePasswordFile.PROPERTY, file.toString())
                .withProperty("spring.datasource.password", "two");
        assertThatThrownBy(() -> new DatasourcePasswordFile().postProcessEnvironment(both, new SpringApplication()))
                .hasMessage("Both SPRING_DATASOURCE_PASSWORD and FILING_DATASOURCE_PASSWORD_FILE are set; set only "
                        + "one of them");

        Path missing = directory.resolve("missing.password");
        MockEnvironment absent = new MockEnvironment().withProperty(DatasourcePasswordFile.PROPERTY, missing.toString());
        assertThatThrownBy(() -> new DatasourcePasswordFile().postProcessEnvironment(absent, new SpringApplication()))
                .hasMessageStartingWith("The database password file " + missing
                        + " (FILING_DATASOURCE_PASSWORD_FILE) cannot be read");

        Path empty = Files.writeString(directory.resolve("empty.password"), "\n", StandardCharsets.UTF_8);
        MockEnvironment blank = new MockEnvironment().withProperty(DatasourcePasswordFile.PROPERTY, empty.toString());
        assertThatThrownBy(() -> new DatasourcePasswordFile().postProcessEnvironment(blank, new SpringApplication()))
                .hasMessage("The database password file " + empty + " (FILING_DATASOURCE_PASSWORD_FILE) is empty");
    }

    @Test
    void thePortalRunsItOnEveryStart() throws Exception {
        String factories = String.join("\n", Collections.list(getClass().getClassLoader()
                .getResources("META-INF/spring.factories")).stream().map(url -> {
                    try (var in = url.openStream()) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList());
        assertThat(factories).contains(DatasourcePasswordFile.class.getName());
    }
}
