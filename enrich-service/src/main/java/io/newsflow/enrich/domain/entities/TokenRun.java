package io.newsflow.enrich.domain.entities;

import java.util.ArrayList;
import java.util.List;

import io.newsflow.contract.EntityType;

/**
 * An entity over tokens: a maximal run [start, end) of tokens with one type, the IO reading of a tag sequence
 * (adjacent entities of one type cannot be told apart, as in CoNLL IO data).
 */
public record TokenRun(int start, int end, EntityType type) {

    /** The runs of a tag sequence where null means outside any entity. */
    public static List<TokenRun> of(List<EntityType> types) {
        List<TokenRun> runs = new ArrayList<>();
        for (int i = 0; i < types.size(); ) {
            EntityType type = types.get(i);
            int j = i + 1;
            while (j < types.size() && type != null && types.get(j) == type) {
                j++;
            }
            if (type != null) {
                runs.add(new TokenRun(i, j, type));
            }
            i = j;
        }
        return runs;
    }
}
