import { screen, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { MembersList } from '@/features/coalitions/components/members-list';
import { renderComponent } from '@/testing/render';

const members: Schemas['Membership'][] = [
  {
    actor: { slug: 'fondation-x', name: 'Fondation X', kind: 'FUNDER' },
    role: 'FUNDER',
    commitment: 'Financer deux ans',
    status: 'CONFIRMED',
  },
  {
    actor: { slug: 'latitudes', name: 'Latitudes', kind: 'ASSOCIATION' },
    role: 'CONTRIBUTOR',
    commitment: 'Partager ses outils',
    status: 'CONFIRMED',
  },
  {
    actor: { slug: 'fondation-x-pilote', name: 'Banque Y', kind: 'FUNDER' },
    role: 'PILOT',
    status: 'PROPOSED',
  },
];

describe('MembersList', () => {
  it('lists members with role, commitment and status, pilots first', () => {
    renderComponent(<MembersList members={members} fundersOnlyPilot={false} />);

    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Banque Y · Financeur',
      'Latitudes · Association',
      'Fondation X · Financeur',
    ]);
    const latitudes = screen.getByRole('row', { name: /Latitudes/ });
    expect(within(latitudes).getByRole('link', { name: 'Latitudes' })).toHaveAttribute(
      'href',
      '/actors/latitudes',
    );
    expect(within(latitudes).getByText('Contributeur')).toBeInTheDocument();
    expect(within(latitudes).getByText('Partager ses outils')).toBeInTheDocument();
    expect(within(latitudes).getByText('Confirmé')).toBeInTheDocument();
  });

  it('warns when the only pilot is the funder', () => {
    renderComponent(<MembersList members={members} fundersOnlyPilot />);

    const warning = screen.getByRole('note', { name: 'Gouvernance' });
    expect(warning).toHaveTextContent('le seul pilote de cette coalition est son financeur');
  });

  it('shows no warning otherwise', () => {
    renderComponent(<MembersList members={members} fundersOnlyPilot={false} />);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('says when there is no member', () => {
    renderComponent(<MembersList members={[]} fundersOnlyPilot={false} />);
    expect(screen.getByText('Aucun membre pour le moment.')).toBeInTheDocument();
  });
});
