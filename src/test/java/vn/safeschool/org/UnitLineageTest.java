package vn.safeschool.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.NotFound;
import vn.safeschool.org.Restructuring.Action;
import vn.safeschool.oversight.CommuneArrangement;

/**
 * A unit's lineage (issue 13, requirement 7) after the demo province's district offices are split into communes:
 * each test applies the arrangement in its own transaction and rolls it back.
 */
@SafeSchoolTest
@Transactional
@WithUserDetails("vanphong")
class UnitLineageTest {

    private static final long EVENT = 4_213_007L;

    @Autowired
    OrgService org;
    @Autowired
    OrgTimeline timeline;
    @Autowired
    StructureService structure;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy contexts;

    private OrgUnitInfo department;
    private OrgUnitInfo pleiku;
    private OrgUnitInfo school;
    private Instant at;

    @BeforeEach
    void find_pleiku() {
        department = org.findByCode("38").orElseThrow();
        pleiku = org.findByCode("3801").orElseThrow();
        school = org.children(pleiku.id()).getFirst();
        // the versions keep microseconds
        at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private void arrange() {
        structure.restructure(CommuneArrangement.of(org, department), at, EVENT, "Sắp xếp 2025");
    }

    @Test
    void a_commune_shows_the_district_office_it_was_split_from() {
        arrange();

        UnitLineage first = timeline.lineage(commune(1).id());
        UnitLineage second = timeline.lineage(commune(2).id());

        assertThat(first.predecessors()).singleElement().satisfies(l -> {
            assertThat(l.unit().id()).isEqualTo(pleiku.id());
            assertThat(l.unit().name()).isEqualTo(pleiku.name());
            assertThat(l.kind()).isEqualTo(Action.SPLIT);
            assertThat(l.principal()).isTrue();
            assertThat(l.at()).isEqualTo(at);
            assertThat(l.eventId()).isEqualTo(EVENT);
        });
        assertThat(second.predecessors()).singleElement().satisfies(l -> assertThat(l.principal()).isFalse());
        assertThat(first.successors()).isEmpty();
        assertThat(first.periods()).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(at);
            assertThat(p.to()).isNull();
            assertThat(p.parent().id()).isEqualTo(department.id());
            assertThat(p.eventId()).isEqualTo(EVENT);
        });
    }

    @Test
    void a_dissolved_office_shows_its_successors_and_its_closing() {
        arrange();

        UnitLineage lineage = timeline.lineage(pleiku.id());

        assertThat(lineage.successors()).extracting(l -> l.unit().code())
                .containsExactly(commune(1).code(), commune(2).code(), commune(3).code());
        assertThat(lineage.successors()).extracting(UnitLineage.Link::principal).containsExactly(true, false, false);
        assertThat(lineage.predecessors()).isEmpty();
        assertThat(lineage.periods()).hasSize(2);
        UnitLineage.Period open = lineage.periods().get(0);
        UnitLineage.Period closed = lineage.periods().get(1);
        assertThat(open.from()).isNull();
        assertThat(open.to()).isEqualTo(at);
        assertThat(open.active()).isTrue();
        assertThat(open.parent().id()).isEqualTo(department.id());
        assertThat(closed.from()).isEqualTo(at);
        assertThat(closed.to()).isNull();
        assertThat(closed.active()).isFalse();
        assertThat(closed.eventId()).isEqualTo(EVENT);
    }

    @Test
    void a_moved_school_shows_both_periods_with_both_parents() {
        arrange();

        UnitLineage lineage = timeline.lineage(school.id());

        assertThat(lineage.periods()).extracting(p -> p.parent().id())
                .containsExactly(pleiku.id(), commune(1).id());
        assertThat(lineage.periods()).extracting(UnitLineage.Period::to).containsExactly(at, null);
        assertThat(lineage.periods()).extracting(UnitLineage.Period::code).containsOnly(school.code());
        assertThat(lineage.periods()).allMatch(UnitLineage.Period::active);
        // the office's name as it was while the school sat under it, and a link to its page
        assertThat(lineage.periods().getFirst().parent().name()).isEqualTo(pleiku.name());
        assertThat(lineage.periods().getFirst().parent().openable()).isTrue();
        assertThat(lineage.predecessors()).isEmpty();
        assertThat(lineage.successors()).isEmpty();
    }

    @Test
    void a_unit_outside_the_jurisdiction_has_no_lineage_to_show() {
        arrange();
        setUser("pgd.chuse");

        assertThatThrownBy(() -> timeline.lineage(school.id())).isInstanceOf(NotFound.class);
    }

    private void setUser(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        contexts.setContext(context);
    }

    private OrgUnitInfo commune(int i) {
        return org.findByCode("X" + pleiku.code() + i).orElseThrow();
    }
}
