package vn.safeschool.org;

/**
 * How a view of a past moment places the units. A view of now always uses today's tree.
 */
public enum Structure {
    /** The tree of the moment shown: 2021's figures under 2021's district offices. */
    AS_IT_WAS,
    /** Today's tree ("Theo cơ cấu hiện nay"): a past moment's figures under today's units, to compare across a change. */
    TODAY
}
