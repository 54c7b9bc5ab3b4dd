import { Card, Empty, Layout, List, Pagination, Result, Space, Tag, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { errorMessage } from '../../lib/form-errors'
import { useLoad } from '../../lib/use-load'
import { fetchPublicBlacklist } from '../cases/api'

/**
 * 严重违法失信名单公示 (no login, phone-friendly): current entries only — business name, USCC, reason,
 * decision number, listed and expiry dates. No person, no ID number ever reaches this page.
 */
export function PublicBlacklistPage() {
  const [page, setPage] = useState(1)
  const { data, error, loading } = useLoad(useCallback(() => fetchPublicBlacklist({ page, pageSize: 20 }), [page]))

  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Layout.Header style={{ background: '#a8071a', padding: '0 16px', height: 'auto', lineHeight: 1.4 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: '12px 0 4px' }}>食品安全严重违法失信名单</Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.85)', display: 'block', paddingBottom: 12 }}>
          依据《市场监督管理严重违法失信名单管理办法》公示{data ? `，截至 ${data.asOf}，共 ${data.total} 户` : ''}
        </Typography.Text>
      </Layout.Header>
      <Layout.Content style={{ padding: 12, maxWidth: 960, width: '100%', margin: '0 auto' }}>
        {error ? <Result status="warning" title="暂时无法加载名单" subTitle={errorMessage(error)} /> : (
          <>
            <List loading={loading} dataSource={data?.items ?? []} locale={{ emptyText: <Empty description="目前没有公示中的名单" /> }}
              renderItem={(item) => (
                <Card size="small" style={{ marginBottom: 12 }} data-testid="blacklist-entry"
                  title={<Typography.Text strong style={{ whiteSpace: 'normal' }}>{item.entityName}</Typography.Text>}>
                  <Space direction="vertical" size={4} style={{ width: '100%' }}>
                    <div>统一社会信用代码：<Typography.Text copyable={!!item.uscc}>{item.uscc ?? '—'}</Typography.Text></div>
                    <div>列入事由：{item.reason}</div>
                    <div>决定书文号：{item.decisionNumber ?? '—'}</div>
                    <div><Tag color="red">列入 {item.listedOn}</Tag><Tag>公示至 {item.expiresOn}</Tag></div>
                  </Space>
                </Card>
              )} />
            {(data?.total ?? 0) > 20 && <Pagination current={page} pageSize={20} total={data?.total} onChange={setPage} simple style={{ textAlign: 'center' }} />}
          </>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
          列入满 1 年且履行义务、纠正违法行为的，可申请信用修复提前移出；列入满 3 年自动移出。
        </Typography.Paragraph>
      </Layout.Content>
    </Layout>
  )
}
