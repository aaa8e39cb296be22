package com.cacfiling.web.db;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
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
        MockEnvironment environment = external().withProperty(DatasourcePasswordFile.PROPERTY, file.toString());

        new DatasourcePasswordFile().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("s3cret pass");
    }

    @Test
    void withoutAFileNothingChanges() {
        MockEnvironment environment = external().withProperty("spring.datasource.password", "given");

        new DatasourcePasswordFile().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("given");
    }

    /** The embedded database has a password of its own: a file named for a second node is left alone. */
    @Test
    void onTheEmbeddedDatabaseTheFileIsLeftAloneAlsoWhenItDoesNotExistYet() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(DatasourcePasswordFile.PROPERTY, directory.resolve("not-yet.password").toString())
                .withProperty("spring.datasource.password", "");

        new DatasourcePasswordFile().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.password")).isEmpty();
    }

    @Test
    void aPasswordGivenTwiceOrAFileThatCannotServeStopsTheStartInWordsWithoutRepeatingWhatWasSet() throws Exception {
        Path file = Files.writeString(directory.resolve("db.password"), "one", StandardCharsets.UTF_8);
        MockEnvironment both = external().withProperty(DatasourcePasswordFile.PROPERTY, file.toString())
                .withProperty("spring.datasource.password", "two");
        assertThatThrownBy(() -> new DatasourcePasswordFile().postProcessEnvironment(both, new SpringApplication()))
                .hasMessage("Both SPRING_DATASOURCE_PASSWORD and FILING_DATASOURCE_PASSWORD_FILE are set; set only "
                        + "one of them");

        // The password itself given by mistake (FILING_DATASOURCE_PASSWORD_FILE="$(cat …)"): not echoed to the log.
        for (String mistaken : new String[] {"Xk9-Zq7!secret", "pa\u0000ss"}) {
            MockEnvironment given = external().withProperty(DatasourcePasswordFile.PROPERTY, mistaken);
            assertThatThrownBy(() -> new DatasourcePasswordFile().postProcessEnvironment(given, new SpringApplication()))
                    .hasMessageStartingWith("The database password file named by FILING_DATASOURCE_PASSWORD_FILE "
                            + "cannot be read (")
                    .hasMessageEndingWith("): it must be the path of a file readable by the portal's user, not the "
                            + "password itself")
                    .satisfies(refusal -> assertThat(refusal.getMessage()).doesNotContain(mistaken))
                    .hasNoCause();
        }

        Path empty = Files.writeString(directory.resolve("empty.password"), "\n", StandardCharsets.UTF_8);
        MockEnvironment blank = external().withProperty(DatasourcePasswordFile.PROPERTY, empty.toString());
        assertThatThrownBy(() -> new DatasourcePasswordFile().postProcessEnvironment(blank, new SpringApplication()))
                .hasMessage("The database password file named by FILING_DATASOURCE_PASSWORD_FILE is empty");
    }

    /** Registered for every start, and run before the context's beans (a data source) are made. */
    @Test
    void aStartingApplicationHasThePasswordFromTheFile() throws Exception {
        Path file = Files.writeString(directory.resolve("db.password"), "from-the-file\n", StandardCharsets.UTF_8);
        try (var context = new SpringApplicationBuilder(Nothing.class).web(WebApplicationType.NONE)
                .run("--" + DatasourcePasswordFile.PROPERTY + "=" + file, "--spring.main.banner-mode=off",
                        "--logging.level.root=warn")) {
            assertThat(context.getEnvironment().getProperty("spring.datasource.password")).isEqualTo("from-the-file");
        }
    }

    /** Found in a walk: the refusal was followed by 26 lines of stack trace. Now Spring Boot's report says it. */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aStartRefusedForThePasswordIsReportedInWordsWithoutAStackTrace(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        // A file that is not there (the tests' own database gives every context in this JVM its URL and password,
        // so a password given twice cannot be staged here; the refusal is the same kind).
        Path missing = directory.resolve("missing.password");
        assertThatThrownBy(() -> new SpringApplicationBuilder(Nothing.class).web(WebApplicationType.NONE)
                .run("--" + DatasourcePasswordFile.PROPERTY + "=" + missing, "--spring.main.banner-mode=off"))
                .isInstanceOf(DatasourcePasswordFile.Refused.class);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("The database password file named by FILING_DATASOURCE_PASSWORD_FILE cannot be read")
                .contains("Set FILING_DATASOURCE_PASSWORD_FILE to the path of a file")
                .doesNotContain("at com.cacfiling.web.db.DatasourcePasswordFile");
    }

    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }

    private static MockEnvironment external() {
        return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/portal");
    }
}
