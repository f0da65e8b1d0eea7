package vn.safeschool.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.declaration.AnswerInput;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.SystemTask;

/** What the follow-up tests share: acting as a demo user, a campaign of their own, answers failing some criteria. */
public final class FollowUpFixture {

    private FollowUpFixture() {
    }

    /** Acts as the demo account from now on (no password check: the sign-in is not what is tested). */
    public static void as(String username, UserDetailsService users, SecurityContextHolderStrategy contexts) {
        UserDetails user = users.loadUserByUsername(username);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        contexts.getContext().setAuthentication(auth);
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    public static void signOut(SecurityContextHolderStrategy contexts) {
        contexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    /**
     * A province-wide campaign issued before directive 307 (so the dashboard's default stays 307), with its
     * deadline passed on the demo clock.
     */
    public static CampaignInfo campaign(SystemTask system, CampaignService campaigns, ChecklistService checklists,
            OrgService org, String number) {
        return system.call(() -> campaigns.create(new NewCampaign(number, "Đợt kiểm thử theo dõi",
                LocalDate.of(2020, 10, 1), LocalDateTime.of(2020, 10, 10, 11, 0),
                org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false)));
    }

    /** All 15 criteria met except the given ones. */
    public static Map<Integer, AnswerInput> failing(Integer... numbers) {
        Set<Integer> failed = Set.of(numbers);
        Map<Integer, AnswerInput> answers = new HashMap<>();
        for (int n = 1; n <= 15; n++) {
            answers.put(n, failed.contains(n) ? AnswerInput.no() : AnswerInput.yes());
        }
        return answers;
    }
}
