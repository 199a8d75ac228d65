import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { compareAlphabetically } from '@/lib/format';

const roleOrder: readonly Schemas['MembershipRole'][] = ['PILOT', 'CONTRIBUTOR', 'ALLY', 'FUNDER'];

/**
 * The coalition's members with their role, tenable commitment and status; a governance warning
 * when the only pilot is the funder.
 */
export function MembersList({
  members,
  fundersOnlyPilot,
}: {
  members: readonly Schemas['Membership'][];
  fundersOnlyPilot: boolean;
}) {
  const { t, i18n } = useTranslation();
  const sorted = [...members].sort(
    (a, b) =>
      roleOrder.indexOf(a.role ?? 'ALLY') - roleOrder.indexOf(b.role ?? 'ALLY') ||
      compareAlphabetically(a.actor?.name ?? '', b.actor?.name ?? '', i18n.language),
  );
  return (
    <div className="members">
      {fundersOnlyPilot && (
        <div className="warning" role="note" aria-label={t('members.warningTitle')}>
          <p>{t('members.fundersOnlyPilot')}</p>
        </div>
      )}
      {sorted.length === 0 ? (
        <p className="state state--empty">{t('coalition.noMembers')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('members.actor')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.commitment')}</th>
                <th scope="col">{t('members.status')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((member) => (
                <tr
                  key={member.actor?.slug}
                  className={member.status === 'WITHDRAWN' ? 'is-withdrawn' : undefined}
                >
                  <th scope="row">
                    <Link to={`/actors/${member.actor?.slug ?? ''}`}>{member.actor?.name}</Link>
                    {member.actor?.kind && (
                      <span className="muted"> · {t(`actorKind.${member.actor.kind}`)}</span>
                    )}
                  </th>
                  <td>
                    {member.role && (
                      <span className={`role role--${member.role.toLowerCase()}`}>
                        {t(`role.${member.role}`)}
                      </span>
                    )}
                  </td>
                  <td>{member.commitment}</td>
                  <td>{member.status && t(`membershipStatus.${member.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
