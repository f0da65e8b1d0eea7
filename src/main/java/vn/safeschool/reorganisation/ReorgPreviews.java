package vn.safeschool.reorganisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.followup.OpenWorkService;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.Restructuring.Action;
import vn.safeschool.org.Restructuring.Step;
import vn.safeschool.org.RestructuringPlan;
import vn.safeschool.org.RestructuringPlan.Dissolved;
import vn.safeschool.org.RestructuringPlan.Ref;
import vn.safeschool.org.StructureService;
import vn.safeschool.reminder.ReminderService;
import vn.safeschool.reorganisation.ReorgPreview.AccountChoice;
import vn.safeschool.reorganisation.ReorgPreview.Target;
import vn.safeschool.reorganisation.ReorgPreview.TouchedCampaign;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.Role;

/** Builds an event's preview from its steps and decisions: every question is asked of the feature that owns it. */
@Component
class ReorgPreviews {

    private final StructureService structure;
    private final AccountService accounts;
    private final OrgService org;
    private final CampaignService campaigns;
    private final ReminderService reminders;
    private final OpenWorkService openWork;
    private final ReorgOutcomes outcomes;
    private final Clock clock;

    ReorgPreviews(StructureService structure, AccountService accounts, OrgService org, CampaignService campaigns,
            ReminderService reminders, OpenWorkService openWork, ReorgOutcomes outcomes, Clock clock) {
        this.clock = clock;
        this.outcomes = outcomes;
        this.structure = structure;
        this.accounts = accounts;
        this.org = org;
        this.campaigns = campaigns;
        this.reminders = reminders;
        this.openWork = openWork;
    }

    ReorgPreview of(ReorgSummary event, Restructuring steps, Map<Long, ReorgRows.Decision> decisions) {
        RestructuringPlan plan = structure.plan(steps, event.effectiveAt());
        Targets targets = new Targets(steps, plan);
        List<Long> dissolvedIds = plan.dissolved().stream().map(Dissolved::unitId).toList();
        Map<Long, Dissolved> byId = new HashMap<>();
        plan.dissolved().forEach(d -> byId.put(d.unitId(), d));
        List<AccountChoice> choices = new ArrayList<>();
        if (!dissolvedIds.isEmpty()) {
            for (AccountInfo account : accounts.homedAt(dissolvedIds)) {
                choices.add(choice(account, byId.get(account.homeUnitId()), decisions.get(account.id()), targets));
            }
        }
        int orphans = (int) choices.stream().filter(c -> !c.valid()).count();
        return new ReorgPreview(event, plan, touched(steps, event), openWork.of(dissolvedIds), choices, orphans,
                event.effectiveAt().isAfter(clock.instant()), false);
    }

    /**
     * An applied (or since undone) event as it was applied: its recorded outcome, each account as decided then.
     * Empty for any other event, and for one applied before outcomes were recorded.
     */
    Optional<ReorgPreview> asApplied(ReorgSummary event, Map<Long, ReorgRows.Decision> decisions) {
        if (event.status() != ReorgStatus.APPLIED && event.status() != ReorgStatus.UNDONE) {
            return Optional.empty();
        }
        return outcomes.of(event.id()).map(outcome -> applied(event, outcome, decisions));
    }

    private ReorgPreview applied(ReorgSummary event, ReorgOutcomes.Outcome outcome,
            Map<Long, ReorgRows.Decision> decisions) {
        Map<Long, Dissolved> homes = new HashMap<>();
        outcome.plan().dissolved().forEach(d -> homes.put(d.unitId(), d));
        Map<String, OrgUnitInfo> targets = new HashMap<>();
        org.findByCodes(decisions.values().stream().map(ReorgRows.Decision::targetCode)
                .filter(java.util.Objects::nonNull).toList())
                .values().forEach(u -> targets.put(u.code().toLowerCase(Locale.ROOT), u));
        List<AccountChoice> choices = new ArrayList<>();
        for (ReorgRows.Decision decision : decisions.values()) {
            AccountInfo account = accounts.find(decision.accountId()).orElse(null);
            Dissolved home = decision.homeUnitId() == null ? null : homes.get(decision.homeUnitId());
            if (account == null || home == null) {
                continue;
            }
            OrgUnitInfo unit = decision.targetCode() == null ? null
                    : targets.get(decision.targetCode().toLowerCase(Locale.ROOT));
            Target target = unit == null ? null : new Target(unit.code(), unit.name(), unit.kind());
            choices.add(new AccountChoice(account.id(), account.username(), account.fullName(), account.role(),
                    !Boolean.FALSE.equals(decision.wasEnabled()), home.unitId(), home.code(), home.name(), target,
                    true, true, List.of()));
        }
        return new ReorgPreview(event, outcome.plan(), List.of(), outcome.handedOver(), choices, 0, false, true);
    }

    /** The account's fate: as decided, or by default its home's successor (else the unit above) where it belongs. */
    private static AccountChoice choice(AccountInfo account, Dissolved home, ReorgRows.@Nullable Decision decision,
            Targets targets) {
        Role role = account.role();
        List<Target> options = targets.where(role);
        Target target;
        boolean valid;
        if (decision != null) {
            String code = decision.targetCode();
            Optional<Target> found = code == null ? Optional.empty() : targets.find(code);
            target = found.orElse(null);
            valid = code == null || found.filter(t -> role.belongsOn(t.kind())).isPresent();
        } else {
            target = Stream.of(home.successor(), home.takesOver()).filter(r -> r != null && role.belongsOn(r.kind()))
                    .map(r -> new Target(r.code(), r.name(), r.kind())).findFirst().orElse(null);
            valid = true;
        }
        if (target != null && options.stream().noneMatch(o -> o.code().equalsIgnoreCase(target.code()))
                && role.belongsOn(target.kind())) {
            options = Stream.concat(Stream.of(target), options.stream()).toList();
        }
        return new AccountChoice(account.id(), account.username(), account.fullName(), role, account.enabled(),
                account.homeUnitId(), home.code(), home.name(), target, decision != null, valid, options);
    }

    /** The open campaigns whose scope holds a unit the steps name (or is one): their schools move with it. */
    private List<TouchedCampaign> touched(Restructuring steps, ReorgSummary event) {
        Set<String> codes = new HashSet<>();
        for (Step step : steps.steps()) {
            Stream.of(step.code(), step.parentCode()).filter(c -> c != null).forEach(codes::add);
        }
        Map<String, OrgUnitInfo> named = org.findByCodes(codes);
        Set<Long> affected = new HashSet<>();
        Set<Long> parents = new HashSet<>();
        for (OrgUnitInfo unit : named.values()) {
            affected.add(unit.id());
            if (unit.parentId() != null) {
                parents.add(unit.parentId());
            }
        }
        for (long parent : parents) {
            org.pathTo(parent).forEach(u -> affected.add(u.id()));
        }
        List<TouchedCampaign> touched = new ArrayList<>();
        for (CampaignInfo campaign : campaigns.list()) {
            if (campaign.closedAt() == null && affected.contains(campaign.scopeUnitId())) {
                touched.add(new TouchedCampaign(campaign.id(), campaign.docNumber(), campaign.title(),
                        campaign.deadline(), reminders.scheduledAfter(campaign.id(), event.effectiveAt())));
            }
        }
        return touched;
    }

    /** Where accounts may go: units the steps create, and existing ones the event leaves open. */
    private final class Targets {

        private final Map<String, Target> created = new LinkedHashMap<>();
        private final Set<String> dissolved = new HashSet<>();
        private final Map<String, Target> existing = new HashMap<>();

        Targets(Restructuring steps, RestructuringPlan plan) {
            for (Step step : steps.steps()) {
                if (step.action() == Action.CREATE && step.newCode() != null && step.kind() != null) {
                    created.put(key(step.newCode()), new Target(step.newCode(),
                            step.newName() == null ? step.newCode() : step.newName(), step.kind()));
                }
            }
            plan.dissolved().forEach(d -> dissolved.add(key(d.code())));
            for (Dissolved d : plan.dissolved()) {
                for (Ref ref : new Ref[] {d.successor(), d.takesOver()}) {
                    if (ref != null && !dissolved.contains(key(ref.code()))) {
                        existing.putIfAbsent(key(ref.code()), new Target(ref.code(), ref.name(), ref.kind()));
                    }
                }
            }
        }

        List<Target> where(Role role) {
            return Stream.concat(existing.values().stream(), created.values().stream())
                    .filter(t -> role.belongsOn(t.kind())).distinct()
                    .sorted(java.util.Comparator.comparing(Target::name)).toList();
        }

        Optional<Target> find(String code) {
            String key = key(code);
            if (dissolved.contains(key)) {
                return Optional.empty();
            }
            Target target = created.getOrDefault(key, existing.get(key));
            if (target != null) {
                return Optional.of(target);
            }
            return Optional.ofNullable(org.findByCodes(List.of(code)).values().stream().filter(OrgUnitInfo::active)
                    .findFirst().map(u -> new Target(u.code(), u.name(), u.kind())).orElse(null));
        }

        private static String key(String code) {
            return code.toLowerCase(Locale.ROOT);
        }
    }
}
