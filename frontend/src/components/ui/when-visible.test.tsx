import { act, render, screen, waitFor } from '@testing-library/react';
import { WhenVisible } from '@/components/ui/when-visible';

describe('WhenVisible', () => {
  it('renders its children once their place nears the viewport, watching after the load', async () => {
    let notify: IntersectionObserverCallback = () => undefined;
    const observe = vi.fn();
    const disconnect = vi.fn();
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: IntersectionObserverCallback) {
          notify = callback;
        }
        observe = observe;
        disconnect = disconnect;
      },
    );
    render(
      <WhenVisible>
        <p>Suggestions</p>
      </WhenVisible>,
    );
    expect(screen.queryByText('Suggestions')).not.toBeInTheDocument();
    expect(observe).not.toHaveBeenCalled();
    // The page has loaded (jsdom): it starts watching when the browser is idle.
    await waitFor(() => {
      expect(observe).toHaveBeenCalledTimes(1);
    });
    expect(screen.queryByText('Suggestions')).not.toBeInTheDocument();
    act(() => {
      notify([{ isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver);
    });
    expect(screen.getByText('Suggestions')).toBeVisible();
    expect(disconnect).toHaveBeenCalled();
  });

  it('renders at once without IntersectionObserver', () => {
    render(
      <WhenVisible>
        <p>Suggestions</p>
      </WhenVisible>,
    );
    expect(screen.getByText('Suggestions')).toBeVisible();
  });
});
