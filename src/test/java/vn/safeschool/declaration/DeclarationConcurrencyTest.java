package vn.safeschool.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.org.OrgService;

/**
 * Two people saving the same declaration at the same moment, each from a form loaded on the same version: one save
 * is stored, the other refused — never both. Commits for real, on a campaign of its own.
 */
@SafeSchoolTest
@WithUserDetails("vanphong")
class DeclarationConcurrencyTest {

    @Autowired
    DeclarationService declarations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    OrgService org;
    @Autowired
    SecurityContextHolderStrategy contexts;

    @Test
    void of_two_saves_at_the_same_moment_from_the_same_version_exactly_one_is_stored() throws Exception {
        CampaignInfo campaign = campaigns.create(new NewCampaign("TEST-RACE-" + System.nanoTime(), "Kiểm tra đồng thời",
                LocalDate.of(2020, 10, 1), LocalDateTime.of(2021, 12, 31, 11, 0), org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false));
        long school = org.findByCode("38010003").orElseThrow().id();
        long loaded = declarations.submitOnBehalf(school, campaign.id(), answers(campaign, false), null, "Bản đầu")
                .version();
        SecurityContext signedIn = contexts.getContext();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (boolean met : new boolean[] {true, false}) {
                Callable<String> save = () -> {
                    contexts.setContext(signedIn);
                    SecurityContextHolder.setContext(signedIn);
                    try {
                        start.await();
                        declarations.submitOnBehalf(school, campaign.id(), answers(campaign, met), loaded,
                                "Phiên " + met);
                        return "stored";
                    } catch (RuleViolation e) {
                        return e.messageKey();
                    } finally {
                        contexts.clearContext();
                        SecurityContextHolder.clearContext();
                    }
                };
                outcomes.add(pool.submit(save));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).containsExactlyInAnyOrder("stored", "declaration.error.changed-meanwhile");
            assertThat(declarations.history(school, campaign.id())).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<Integer, AnswerInput> answers(CampaignInfo campaign, boolean met) {
        return checklists.find(campaign.checklistVersionId()).orElseThrow().criteria().stream()
                .collect(Collectors.toMap(CriterionInfo::number, c -> new AnswerInput(met, null)));
    }
}
