package com.cacfiling.web.privacy;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The keys from the portal's configuration (see {@link PersonalDataKeys} for where they come from). */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfig {

    @Bean
    PersonalDataCipher personalDataCipher(Environment environment) {
        return new PersonalDataCipher(PersonalDataKeys.load(environment::getProperty, embeddedDataDir(environment)));
    }

    /**
     * Declared here rather than scanned, so that every context with the cipher, the repository test slices included,
     * migrates the same way: a database shared by such contexts never misses or doubts V65.
     */
    @Bean
    V65__EncryptResidentIdNumbers encryptResidentIdNumbers(PersonalDataCipher cipher) {
        return new V65__EncryptResidentIdNumbers(cipher);
    }

    /** The embedded database's data directory when the portal runs on it (it set filing.embedded-db.active). */
    static Path embeddedDataDir(Environment environment) {
        if (!environment.getProperty("filing.embedded-db.active", Boolean.class, false)) {
            return null;
        }
        return Path.of(environment.getProperty("filing.embedded-db.data-dir", "./data/postgres")).toAbsolutePath()
                .normalize();
    }
}
