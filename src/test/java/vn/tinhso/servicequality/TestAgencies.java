package vn.tinhso.servicequality;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small agency tree of its own for tests with many dossiers, so that the demo province's figures stay as the
 * other tests expect: T00 (a People's Committee) with T01 (and its desk T01.01), T02 and T03 below it.
 */
final class TestAgencies {

    private TestAgencies() {
    }

    static void add(JdbcClient jdbc, UnitTree tree) {
        jdbc.sql("""
                INSERT INTO agency (code, name, kind, unit_id, parent_id)
                SELECT 'T00.00.00.H99', 'Ủy ban nhân dân thử', 'PEOPLES_COMMITTEE', id, NULL
                FROM admin_unit WHERE level = 'PROVINCE' AND code = '31' AND valid_to IS NULL
                ON CONFLICT (code) DO NOTHING
                """).update();
        for (String[] child : new String[][] {{"T01.00.00.H99", "Sở thử một", "T00.00.00.H99"},
                {"T02.00.00.H99", "Sở thử hai", "T00.00.00.H99"}, {"T03.00.00.H99", "Sở thử ba", "T00.00.00.H99"},
                {"T01.01.00.H99", "Bộ phận một cửa thử", "T01.00.00.H99"}}) {
            jdbc.sql("""
                    INSERT INTO agency (code, name, kind, unit_id, parent_id)
                    SELECT :code, :name, 'DEPARTMENT', p.unit_id, p.id FROM agency p WHERE p.code = :parent
                    ON CONFLICT (code) DO NOTHING
                    """).param("code", child[0]).param("name", child[1]).param("parent", child[2]).update();
        }
        tree.refresh();
    }
}
