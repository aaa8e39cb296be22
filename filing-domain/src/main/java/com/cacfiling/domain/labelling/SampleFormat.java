package com.cacfiling.domain.labelling;

/** The sample formats the upload check reads, recognised by their content, never by the file name. */
public enum SampleFormat {
    PNG, JPEG, MP3, MP4, UNKNOWN
}
