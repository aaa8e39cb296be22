package com.cacfiling.web.privacy;

import java.sql.Connection;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Encrypts the resident ID numbers stored in plain before this version (Step 1 of each company, the filings' frozen
 * copies, the versions in the change log). A Java migration, since the key is the portal's configuration; Spring
 * Boot hands Flyway the migration beans. On an empty database it finds nothing to do.
 */
public class V65__EncryptResidentIdNumbers extends BaseJavaMigration {

    private final PersonalDataCipher cipher;

    public V65__EncryptResidentIdNumbers(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        PersonalDataReencryption.run(connection, cipher);
    }
}
