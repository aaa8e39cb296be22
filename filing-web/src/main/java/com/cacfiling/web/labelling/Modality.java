package com.cacfiling.web.labelling;

/** The output kinds of the Labelling Measures (Art. 3, 4) and GB 45438-2025 §5–6 the checklist asks about. */
public enum Modality {
    TEXT, IMAGE, AUDIO, VIDEO, VIRTUAL_SCENE
}
