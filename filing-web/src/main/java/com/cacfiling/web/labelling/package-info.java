/**
 * Labelling compliance of a generative algorithm filing (issue 16, item 4): the checklist per output modality
 * (what the explicit label must look like and where, the implicit metadata, the user-agreement clause, the
 * six-month log duty), whose answers are written into the filing's own labelling questions through the wizard's
 * save path (so versions, history and ETags stay right), and the upload check that reads a sample output file's
 * metadata for the AIGC implicit label ({@link com.cacfiling.domain.labelling.AigcLabelReader}).
 */
package com.cacfiling.web.labelling;
