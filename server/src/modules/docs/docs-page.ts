// A self-contained docs page for /api/docs (no CDN: government intranets often have no internet).
export const DOCS_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>便民 API 文档</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:960px;padding:16px;color:#1f2329}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #e5e6eb;padding-bottom:4px}
.ep{border:1px solid #e5e6eb;border-radius:8px;margin:12px 0;padding:10px 14px}
.m{display:inline-block;background:#1677ff;color:#fff;border-radius:4px;padding:1px 6px;font-size:12px;margin-right:6px}
code{font-family:ui-monospace,monospace;font-size:13px}table{border-collapse:collapse;font-size:13px;margin:6px 0}
td,th{border:1px solid #e5e6eb;padding:3px 8px;text-align:left}details pre{background:#f7f8fa;padding:8px;overflow:auto;font-size:12px}
</style></head><body>
<h1>便民 Bianmin API</h1><p id="desc"></p><p><a href="/api/openapi.json">openapi.json</a></p><div id="root">加载中…</div>
<script>
fetch('/api/openapi.json').then(r=>r.json()).then(doc=>{
  document.getElementById('desc').textContent=doc.info.description+' 版本 '+doc.info.version;
  const byTag={};
  for(const [path,ops] of Object.entries(doc.paths)) for(const [m,op] of Object.entries(ops)) (byTag[op.tags[0]]??=[]).push({path,m,op});
  const esc=s=>String(s).replace(/[&<>]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;'}[c]));
  const root=document.getElementById('root');root.innerHTML='';
  for(const [tag,eps] of Object.entries(byTag)){
    const h=document.createElement('h2');h.textContent=tag;root.appendChild(h);
    for(const {path,m,op} of eps){
      const d=document.createElement('div');d.className='ep';
      const params=(op.parameters||[]).map(p=>'<tr><td><code>'+esc(p.name)+'</code></td><td>'+p.in+'</td><td>'+(p.required?'必填':'可选')+'</td><td><code>'+esc(JSON.stringify(p.schema))+'</code>'+(p.description?' '+esc(p.description):'')+'</td></tr>').join('');
      const body=op.requestBody?'<details><summary>请求体（JSON）</summary><pre>'+esc(JSON.stringify(op.requestBody.content['application/json'].schema,null,2))+'</pre></details>':'';
      const lock=op.security?' 🔒 需要登录':'';
      const res=Object.entries(op.responses).map(([s,r])=>'<details><summary>'+s+' '+esc(r.description||'错误')+'</summary><pre>'+esc(JSON.stringify(r.content||r,null,2))+'</pre></details>').join('');
      d.innerHTML='<div><span class="m">'+m.toUpperCase()+'</span><code>'+esc(path)+'</code></div><p>'+esc(op.summary)+'</p>'+(params?'<table><tr><th>参数</th><th>位置</th><th></th><th>类型</th></tr>'+params+'</table>':'')+res;
      root.appendChild(d);
    }
  }
});
</script></body></html>`;
