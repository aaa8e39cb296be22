package com.cacfiling.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabaseTest {

    @Test
    void startsOneRealPostgreSqlPerJvm() throws Exception {
        TestDatabase.ConnectionDetails first = TestDatabase.get();
        assertThat(TestDatabase.get()).isSameAs(first);
        try (Connection connection = DriverManager.getConnection(first.url(), first.username(), first.password());
             ResultSet result = connection.createStatement().executeQuery("show server_version")) {
            result.next();
            assertThat(result.getString(1)).startsWith("17.");
        }
    }

    @Test
    void replacesTheDatabaseOfAnExternalUrl() {
        assertThat(TestDatabase.replaceDatabase("jdbc:postgresql://db:5432/postgres?sslmode=require", "t1"))
                .isEqualTo("jdbc:postgresql://db:5432/t1?sslmode=require");
        assertThat(TestDatabase.replaceDatabase("jdbc:postgresql://db:5432", "t1"))
                .isEqualTo("jdbc:postgresql://db:5432/t1");
    }

    @Test
    void aDurableEmbeddedServerSyncsItsCommitsAsThePortalsOwnDoes() throws Exception {
        for (boolean durable : new boolean[] {true, false}) {
            try (EmbeddedPostgres postgres = TestDatabase.embedded(durable).start();
                 Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                    try (ResultSet result = statement.executeQuery("show " + setting)) {
                        result.next();
                        String expected = durable || setting.equals("full_page_writes") ? "on" : "off";
                        assertThat(result.getString(1)).as(setting + (durable ? " (durable)" : "")).isEqualTo(expected);
                    }
                }
            }
        }
    }
}
