package vn.safeschool.campaign;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.safeschool.base.RuleViolation;

@Service
@Validated
@Transactional(readOnly = true)
public class CampaignService {

    private final CampaignRepository campaigns;

    CampaignService(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    /**
     * The directive 307 itself printed a deadline of 25/2/2020 for a letter dated 22/02/2021: a deadline before
     * the issue date is refused, so such a slip cannot reach the schools.
     */
    @Transactional
    public CampaignInfo create(@Valid NewCampaign spec) {
        if (spec.deadline().toLocalDate().isBefore(spec.issuedOn())) {
            throw new RuleViolation("campaign.error.deadline-before-issue", spec.deadline().toLocalDate(),
                    spec.issuedOn());
        }
        if (campaigns.existsByDocNumber(spec.docNumber().strip())) {
            throw new RuleViolation("campaign.error.duplicate-number", spec.docNumber());
        }
        return campaigns.save(new Campaign(spec)).toInfo();
    }

    public Optional<CampaignInfo> find(long id) {
        return campaigns.findById(id).map(Campaign::toInfo);
    }

    public Optional<CampaignInfo> findByDocNumber(String docNumber) {
        return campaigns.findByDocNumber(docNumber).map(Campaign::toInfo);
    }

    /** Newest first: the campaign a user most likely means is at the top. */
    public List<CampaignInfo> list() {
        return campaigns.findAllByOrderByIssuedOnDescIdDesc().stream().map(Campaign::toInfo).toList();
    }
}
