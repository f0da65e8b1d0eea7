package vn.safeschool.org;

import java.util.Map;

/**
 * A {@link SchoolCount} as SQL for another feature's query: {@code SELECT ... FROM <from> ... WHERE <where>}. The
 * alias {@code s} is the school as it is today ({@code org_unit}: join declarations on {@code s.id}, filter types
 * on {@code s.institution_type}); {@link #placed()} is the alias whose {@code path} places the school in the view
 * (group by it). Parameters are named {@code org*} and come with the SQL.
 *
 * @param underPath    the path of the counted unit in the view's structure ("/" for the whole jurisdiction): a
 *                     school's bucket one level down is its placed path cut after the next id
 * @param countsClosed whether schools closed since are counted (members of another moment, placed in today's tree
 *                     under their successors): then a closed unit can carry numbers
 */
public record SchoolSql(String from, String where, String placed, String underPath, boolean countsClosed,
        Map<String, Object> params) {

    /** The placed path cut after the next id below the counted unit: the child it lies under (its own path if direct). */
    public String childBucket() {
        return "SUBSTRING(" + placed + ".path, 1, LOCATE('/', " + placed + ".path, " + (underPath.length() + 1) + "))";
    }
}
