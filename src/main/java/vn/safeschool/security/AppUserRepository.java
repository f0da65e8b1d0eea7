package vn.safeschool.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    /** Accounts homed in the jurisdiction (the {@code path LIKE} predicate), optionally principals only. */
    @Query("""
            select a from AppUser a, OrgUnit u
            where u.id = a.homeUnitId and u.path like :pathPattern
              and (:principalsOnly = false or a.role = vn.safeschool.security.Role.PRINCIPAL)
              and (lower(a.username) like :text escape '!' or lower(a.fullName) like :text escape '!')
            order by a.username""")
    List<AppUser> findManaged(String pathPattern, boolean principalsOnly, String text);

    /** Enabled accounts homed at these units, inside the jurisdiction (the {@code path LIKE} predicate). */
    @Query("""
            select a from AppUser a, OrgUnit u
            where u.id = a.homeUnitId and a.homeUnitId in :unitIds and u.path like :pathPattern and a.enabled = true
            order by a.homeUnitId, a.username""")
    List<AppUser> findEnabledAt(java.util.Collection<Long> unitIds, String pathPattern);

    /** Every account homed at these units, enabled or not, inside the jurisdiction. */
    @Query("""
            select a from AppUser a, OrgUnit u
            where u.id = a.homeUnitId and a.homeUnitId in :unitIds and u.path like :pathPattern
            order by a.homeUnitId, a.username""")
    List<AppUser> findAllAt(java.util.Collection<Long> unitIds, String pathPattern);
}
