package org.cutri.opinion;

import java.util.List;

/**
 * Every opinion as the all-opinions list shows it, with each one's content already folded for search (the
 * stored {@code content_folded}), so the search index need not fold 100,000 texts again.
 *
 * @param items the opinions, newest meeting first
 * @param foldedContents {@code VietText.fold(content)} of each item, in the same order
 */
public record LoadedOpinions(List<OpinionListItem> items, List<String> foldedContents) {

    public LoadedOpinions {
        if (items.size() != foldedContents.size()) {
            throw new IllegalArgumentException("one folded content per opinion");
        }
    }
}
