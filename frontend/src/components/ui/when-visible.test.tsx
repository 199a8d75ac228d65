import { act, render, screen } from '@testing-library/react';
import { WhenVisible } from '@/components/ui/when-visible';

describe('WhenVisible', () => {
  it('renders its children once their place nears the viewport', () => {
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
    expect(observe).toHaveBeenCalledTimes(1);
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
