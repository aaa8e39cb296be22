package com.cacfiling.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

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
}
