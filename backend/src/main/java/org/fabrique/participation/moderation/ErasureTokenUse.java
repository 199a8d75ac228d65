package org.fabrique.participation.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The nonce of an erasure link already used (links work once). */
@Entity
@Table(name = "erasure_token_use")
public class ErasureTokenUse {
    @Id
    private String nonce;

    @Column(name = "used_at", nullable = false)
    private OffsetDateTime usedAt;

    protected ErasureTokenUse() {}

    public ErasureTokenUse(String nonce, OffsetDateTime usedAt) {
        this.nonce = nonce;
        this.usedAt = usedAt;
    }

    public String getNonce() {
        return nonce;
    }

    public OffsetDateTime getUsedAt() {
        return usedAt;
    }
}
