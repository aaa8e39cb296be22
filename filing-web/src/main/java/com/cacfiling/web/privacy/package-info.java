/**
 * Personal data at rest: the resident ID numbers of a dossier (the field catalogue's RESIDENT_ID fields) are stored
 * encrypted with AES-GCM under a key from configuration (or, on the embedded database, a key generated into the data
 * directory); each ciphertext names its key, so that a rotation re-encrypts everything under a new key while the old
 * one still opens what is not re-encrypted yet. Masking for what leaves the company is the domain's
 * {@link com.cacfiling.domain.form.PersonalData}.
 */
package com.cacfiling.web.privacy;
