import { activeFilters, parseQuery, toSearch } from './entity-query'

describe('entity list query in the address', () => {
  it('reads filters and paging, ignoring junk', () => {
    const q = parseQuery(new URLSearchParams('type=supermarket&grade=D&expiringWithin=30&page=3&pageSize=50&q=%20超市%20&foo=1'))
    expect(q).toEqual({ type: 'supermarket', grade: 'D', expiringWithin: 30, page: 3, pageSize: 50, q: '超市' })
    expect(parseQuery(new URLSearchParams('page=-1&pageSize=9999&expiringWithin=-1'))).toEqual({ page: 1, pageSize: 20 })
  })

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(toSearch({ page: 1, pageSize: 20, sector: 'catering', q: '' })).toEqual({ sector: 'catering' })
    const search = new URLSearchParams(toSearch({ page: 2, pageSize: 20, openKitchen: 'internet', expiringWithin: 90 }))
    expect(parseQuery(search)).toEqual({ page: 2, pageSize: 20, openKitchen: 'internet', expiringWithin: 90 })
  })

  it('counts the filters set', () => {
    expect(activeFilters({ page: 4, pageSize: 20 })).toBe(0)
    expect(activeFilters({ region: '411721100000', expiringWithin: 30, q: 'x' })).toBe(3)
  })
})
