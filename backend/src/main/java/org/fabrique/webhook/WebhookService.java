package org.fabrique.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.outbox.Outbox;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.security.Roles;

/**
 * Webhook subscriptions and their delivery log. A partner sees and manages its own subscriptions
 * only (another's is 404); an administrator all of them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WebhookService {
    private final WebhookRepository repository;
    private final WebhookMapper mapper;
    private final AccountService accounts;
    private final TargetUrls urls;
    private final Outbox outbox;

    public WebhookService(
            WebhookRepository repository,
            WebhookMapper mapper,
            AccountService accounts,
            TargetUrls urls,
            Outbox outbox) {
        this.repository = repository;
        this.mapper = mapper;
        this.accounts = accounts;
        this.urls = urls;
        this.outbox = outbox;
    }

    public Page<WebhookView> list(PageRequest page) {
        Long owner = ownerFilter();
        List<WebhookView> items =
                repository.page(owner, page).stream().map(mapper::view).toList();
        return Page.of(items, page, repository.countOwned(owner));
    }

    public Versioned<WebhookView> get(long id) {
        WebhookSubscription s = load(id);
        return new Versioned<>(mapper.view(s), s.getVersion());
    }

    @Transactional
    public WebhookSecret create(WebhookInput input) {
        Caller caller = accounts.caller();
        WebhookSubscription s = new WebhookSubscription(caller.accountId(), WebhookSignature.newSecret());
        apply(s, input);
        repository.persist(s);
        repository.flush();
        return new WebhookSecret(mapper.view(s), s.getSecret());
    }

    @Transactional
    public Versioned<WebhookView> update(long id, WebhookInput input, String ifMatch) {
        WebhookSubscription s = load(id);
        EntityTags.requireMatch(ifMatch, s.getVersion());
        apply(s, input);
        repository.flush();
        return new Versioned<>(mapper.view(s), s.getVersion());
    }

    /** A new secret, answered once; the former one stops signing at once. */
    @Transactional
    public WebhookSecret rotateSecret(long id) {
        WebhookSubscription s = load(id);
        s.setSecret(WebhookSignature.newSecret());
        repository.flush();
        return new WebhookSecret(mapper.view(s), s.getSecret());
    }

    /** Deletes a subscription with its deliveries not sent yet. */
    @Transactional
    public void delete(long id) {
        WebhookSubscription s = load(id);
        outbox.discardUnsent(repository.unsentMessageIds(id));
        repository.delete(s);
    }

    public Page<DeliveryView> deliveries(long id, PageRequest page) {
        load(id);
        List<DeliveryView> items =
                repository.deliveries(id, page).stream().map(mapper::delivery).toList();
        return Page.of(items, page, repository.countDeliveries(id));
    }

    /**
     * Sends a delivery that is not delivered again now (pending, failed or dead), with a fresh
     * count of attempts; a delivered one is a 409 (an acknowledged delivery is never sent twice).
     */
    @Transactional
    public DeliveryView redeliver(long id, long deliveryId) {
        load(id);
        repository.delivery(id, deliveryId).orElseThrow(() -> DomainException.notFound("delivery", "" + deliveryId));
        if (!outbox.retryNow(deliveryId)) {
            throw DomainException.conflict("This delivery was acknowledged by the receiver; it is not sent again");
        }
        return mapper.delivery(repository.delivery(id, deliveryId).orElseThrow());
    }

    private void apply(WebhookSubscription s, WebhookInput input) {
        s.setTargetUrl(urls.validate(input.targetUrl()).toString());
        s.setDescription(
                input.description() == null || input.description().isBlank()
                        ? null
                        : input.description().trim());
        s.setActive(input.active() == null || input.active());
        s.getEventTypes().clear();
        s.getEventTypes().addAll(input.eventTypes());
    }

    /** The subscription, if the caller may see it; 404 otherwise (a partner learns nothing of others'). */
    private WebhookSubscription load(long id) {
        Long owner = ownerFilter();
        return repository
                .findByIdOptional(id)
                .filter(s -> owner == null || s.getOwnerAccountId() == owner)
                .orElseThrow(() -> DomainException.notFound("webhook", Long.toString(id)));
    }

    /** Null for an administrator (every subscription), the caller's account otherwise. */
    private Long ownerFilter() {
        Caller caller = accounts.caller();
        return caller.hasRole(Roles.ADMIN) ? null : caller.accountId();
    }
}
