import { screen, waitFor } from '@testing-library/react';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderComponent } from '@/testing/render';
import { WithdrawButton } from '@/features/commitments/components/withdraw-button';

const api = setupApiServer();

const membership = { slug: 'formations', actorSlug: 'latitudes' };

describe('Withdraw button', () => {
  it('withdraws after a confirmation, the confirmation disabled while sending', async () => {
    const paths: string[] = [];
    let answer: (() => void) | undefined;
    api.use(
      http.post(
        '/api/v1/coalitions/{slug}/members/{actorSlug}/withdrawal',
        async ({ params, response }) => {
          paths.push(`${params.slug}/${params.actorSlug}`);
          await new Promise<void>((resolve) => {
            answer = resolve;
          });
          return response(200).json({ actor: { slug: 'latitudes' }, status: 'WITHDRAWN' });
        },
      ),
    );
    const onWithdrawn = vi.fn();
    const { user } = renderComponent(
      <WithdrawButton
        membership={membership}
        actorName="Latitudes"
        pending
        onWithdrawn={onWithdrawn}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Retirer la demande de Latitudes' }));
    const confirm = screen.getByRole('button', { name: 'Confirmer le retrait de Latitudes' });
    expect(confirm).toHaveFocus();
    await user.click(confirm);
    await waitFor(() => {
      expect(confirm).toBeDisabled();
    });
    answer?.();
    await waitFor(() => {
      expect(onWithdrawn).toHaveBeenCalledTimes(1);
    });
    expect(paths).toEqual(['formations/latitudes']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the API’s refusal in the problem component (a request decided meanwhile)', async () => {
    api.use(
      http.post('/api/v1/coalitions/{slug}/members/{actorSlug}/withdrawal', () =>
        problemResponse(409, {
          title: 'Conflict',
          detail: 'The request was already declined',
        }),
      ),
    );
    const onWithdrawn = vi.fn();
    const { user } = renderComponent(
      <WithdrawButton
        membership={membership}
        actorName="Latitudes"
        pending={false}
        onWithdrawn={onWithdrawn}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Retirer Latitudes de la coalition' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer le retrait de Latitudes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Conflit avec l’état actuel.');
    expect(alert).toHaveTextContent('The request was already declined');
    expect(onWithdrawn).not.toHaveBeenCalled();
    // Asking again starts afresh: the refusal goes.
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await user.click(screen.getByRole('button', { name: 'Retirer Latitudes de la coalition' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
