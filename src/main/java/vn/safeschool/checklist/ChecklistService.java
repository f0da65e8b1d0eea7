package vn.safeschool.checklist;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.safeschool.base.Roles;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ChecklistService {

    /** The Ministry's 15-criterion checklist with the rule of letter 1467, shipped by the database migrations. */
    public static final String MINISTRY_CHECKLIST = "MOET-2020";

    private final ChecklistVersionRepository versions;

    ChecklistService(ChecklistVersionRepository versions) {
        this.versions = versions;
    }

    @PreAuthorize(Roles.IS_USER)
    public Optional<ChecklistVersionInfo> find(long id) {
        return versions.findWithCriteriaById(id).map(ChecklistVersion::toInfo);
    }

    @PreAuthorize(Roles.IS_USER)
    public Optional<ChecklistVersionInfo> find(String code, int versionNo) {
        return versions.findWithCriteriaByCodeAndVersionNo(code, versionNo).map(ChecklistVersion::toInfo);
    }
}
