/**
 * Labelling of AI-generated content (Labelling Measures, GB 45438-2025): reading a sample output file's metadata
 * for the implicit label, a JSON object under the key {@code AIGC} with the fields {@code Label},
 * {@code ContentProducer}, {@code ProduceID}, {@code ReservedCode1}, {@code ContentPropagator},
 * {@code PropagateID} and {@code ReservedCode2}. The containers are parsed by hand, structure by structure
 * (PNG text chunks, JPEG XMP and comment segments, ID3v2 frames of MP3, MP4 boxes), so that only metadata counts:
 * the letters "AIGC" inside the pixels or the audio never make a label.
 */
package com.cacfiling.domain.labelling;
