package io.github.zhnorm.engine;

/** How a dictionary group picks among its members' matches at one position. */
public enum MatchPolicy {
    /** The first member (in list order) with any match wins, with its own longest match. OpenCC's default. */
    SHORT_CIRCUIT,
    /** The longest match across all members wins; on equal length the earlier member. */
    UNION
}
