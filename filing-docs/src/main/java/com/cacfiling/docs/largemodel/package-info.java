/**
 * The large-model filing's dossier: reading the keyword list and test banks a filer uploads (Excel or CSV, through
 * Apache POI), writing the two workbooks the reviewer expects, rendering the application form, the security
 * assessment report, the agreement check, the annotation rules (and for a registration the called model and the
 * content-security policies) as PDF and DOCX with the documents' fonts, and the dossier ZIP.
 */
package com.cacfiling.docs.largemodel;
