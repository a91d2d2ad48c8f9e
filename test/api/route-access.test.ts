import { ApiRouteRegistry, RouteDeclarationError, type RouteSpec } from '../../bot/api/route-access';

describe('ApiRouteRegistry', () => {
  it('finds a declared route by method and mounted path', () => {
    const routes = new ApiRouteRegistry();
    routes.declare({ method: 'GET', path: '/api/v1/usage/:month', access: 'reader', write: false });
    expect(routes.find('get', '/api/v1/usage/:month')).toEqual({ method: 'GET', path: '/api/v1/usage/:month', access: 'reader', write: false });
    expect(routes.find('POST', '/api/v1/usage/:month')).toBeUndefined();
    expect(routes.list()).toHaveLength(1);
  });

  it.each<[string, RouteSpec]>([
    ['a route outside /api/v1/', { method: 'GET', path: '/admin/usage', access: 'admin', write: false }],
    ['a GET that writes', { method: 'GET', path: '/api/v1/x', access: 'admin', write: true }],
    ['a write for readers (Credits.Reader is read-only)', { method: 'POST', path: '/api/v1/x', access: 'reader', write: true }],
  ])('refuses %s', (_name, spec) => {
    expect(() => new ApiRouteRegistry().declare(spec)).toThrow(RouteDeclarationError);
  });

  it('refuses a route declared twice', () => {
    const routes = new ApiRouteRegistry();
    routes.declare({ method: 'POST', path: '/api/v1/rates', access: 'admin', write: true });
    expect(() => routes.declare({ method: 'POST', path: '/api/v1/rates', access: 'user', write: true })).toThrow(/declared twice/);
  });
});
