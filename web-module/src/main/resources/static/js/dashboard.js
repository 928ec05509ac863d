// Draws the dashboard's charts from the statistics API's JSON: the numbers come from the server,
// exactly as the API serves them; this script only maps them onto Apache ECharts options.
(function () {
  'use strict';
  const root = document.getElementById('dashboard');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  const labels = JSON.parse(root.dataset.labels);
  const colour = '#0b5d7a';
  const notStatedColour = '#adb5bd';

  function label(kind, code) {
    return (labels[kind] && labels[kind][code]) || code;
  }

  function bars(summary, field, kind, notStatedColumn) {
    const counts = summary[field] || {};
    const names = Object.keys(counts).map(function (code) { return label(kind, code); });
    const values = Object.values(counts);
    if (notStatedColumn && summary.notStated[notStatedColumn] > 0) {
      names.push('Not stated');
      values.push({ value: summary.notStated[notStatedColumn], itemStyle: { color: notStatedColour } });
    }
    return {
      grid: { left: 8, right: 40, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 180, overflow: 'truncate' } },
      series: [{ type: 'bar', data: values, itemStyle: { color: colour }, label: { show: true, position: 'right' } }]
    };
  }

  function boxplot(summary, field, unit) {
    const byCredential = (summary[field] && summary[field].byCredential) || {};
    const codes = Object.keys(byCredential);
    return {
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          const d = byCredential[codes[p.dataIndex]];
          return label('credential', codes[p.dataIndex]) + ' (n = ' + d.count + ')<br>min ' + d.min + ' ' + unit
            + '<br>Q1 ' + d.q1 + '<br>median ' + d.median + '<br>Q3 ' + d.q3 + '<br>max ' + d.max + '<br>mean '
            + Math.round(d.mean * 100) / 100;
        }
      },
      xAxis: { type: 'category', axisLabel: { interval: 0, rotate: 20 },
        data: codes.map(function (c) { return label('credential', c) + ' (n=' + byCredential[c].count + ')'; }) },
      yAxis: { type: 'value', name: unit },
      series: [{
        type: 'boxplot',
        itemStyle: { color: '#e7f1f5', borderColor: colour },
        data: codes.map(function (c) {
          const d = byCredential[c];
          return [d.min, d.q1, d.median, d.q3, d.max];
        })
      }]
    };
  }

  function heatmap(summary) {
    const matrix = summary.topicByCredential || {};
    const topics = Object.keys(matrix);
    const credentials = topics.length ? Object.keys(matrix[topics[0]]) : [];
    const data = [];
    let max = 1;
    topics.forEach(function (topic, y) {
      credentials.forEach(function (credential, x) {
        const value = matrix[topic][credential];
        max = Math.max(max, value);
        data.push([x, y, value]);
      });
    });
    return {
      grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
      tooltip: {
        formatter: function (p) {
          return label('topic', topics[p.value[1]]) + ' · ' + label('credential', credentials[p.value[0]]) + ': '
            + p.value[2];
        }
      },
      xAxis: { type: 'category', data: credentials.map(function (c) { return label('credential', c); }),
        axisLabel: { interval: 0, rotate: 20 } },
      yAxis: { type: 'category', data: topics.map(function (t) { return label('topic', t); }), inverse: true },
      visualMap: { min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        inRange: { color: ['#f8f9fa', colour] } },
      series: [{ type: 'heatmap', data: data, label: { show: true } }]
    };
  }

  function completeness(summary) {
    const columns = Object.keys(summary.completeness);
    return {
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + '%'; } },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: columns, inverse: true },
      series: [{
        type: 'bar', itemStyle: { color: colour }, label: { show: true, position: 'right', formatter: '{c}%' },
        data: columns.map(function (c) { return Math.round(summary.completeness[c] * 1000) / 10; })
      }]
    };
  }

  function freshness(summary) {
    const bands = summary.freshness.byAge;
    const names = { under_6_months: '< 6 months', '6_to_12_months': '6-12 months', '1_to_2_years': '1-2 years',
      over_2_years: '> 2 years', unconfirmed: 'Unconfirmed' };
    return {
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: Object.keys(bands).map(function (b) { return names[b] || b; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', label: { show: true, position: 'top' },
        data: Object.keys(bands).map(function (b) {
          return b === 'unconfirmed' ? { value: bands[b], itemStyle: { color: notStatedColour } }
            : { value: bands[b], itemStyle: { color: colour } };
        }) }]
    };
  }

  function empty(text) {
    return { title: { text: text, left: 'center', top: 'middle', textStyle: { color: '#6c757d', fontSize: 14,
      fontWeight: 'normal' } } };
  }

  function demandByDay(demand) {
    const days = demand.requestsByDay || [];
    if (days.length === 0) {
      return empty('No recommendation requests logged yet');
    }
    return {
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: days.map(function (d) { return d.day; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', itemStyle: { color: colour }, data: days.map(function (d) { return d.requests; }) }]
    };
  }

  function importsByDay(imports) {
    const days = imports.byDay || [];
    const statuses = Object.keys(imports.byStatus || {});
    if (days.length === 0) {
      return empty('No imports yet');
    }
    const colours = { PUBLISHED: '#198754', VALIDATED: '#0d6efd', REJECTED: '#ffc107', FAILED: '#dc3545',
      UNCHANGED: '#6c757d', RUNNING: '#0dcaf0', QUEUED: '#adb5bd' };
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: days.map(function (d) { return d.day; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: statuses.map(function (status) {
        return { name: status, type: 'bar', stack: 'imports', itemStyle: { color: colours[status] },
          data: days.map(function (d) { return d.byStatus[status] || 0; }) };
      })
    };
  }

  const builders = {
    credential: function (s) { return bars(s, 'byCredential', 'credential'); },
    deliveryFormat: function (s) { return bars(s, 'byDeliveryFormat', 'deliveryFormat', 'delivery_format'); },
    pace: function (s) { return bars(s, 'byPace', 'pace', 'pace'); },
    country: function (s) { return bars(s, 'byCountry', 'country', 'country'); },
    audience: function (s) { return bars(s, 'byAudience', 'audience'); },
    topic: function (s) { return bars(s, 'byTopic', 'topic'); },
    tuition_usd: function (s) { return boxplot(s, 'tuitionUsd', 'USD'); },
    duration_months: function (s) { return boxplot(s, 'durationMonths', 'months'); },
    topic_by_credential: heatmap,
    completeness: completeness,
    freshness: freshness,
    demand_by_day: function (s, demand) { return demandByDay(demand); },
    imports_by_day: function (s, demand, imports) { return importsByDay(imports); }
  };

  function load(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ' answered ' + response.status);
      }
      return response.json();
    });
  }

  const charts = [];
  Promise.all([load(root.dataset.summaryUrl), load(root.dataset.demandUrl), load(root.dataset.importsUrl)])
    .then(function (answers) {
      const summary = answers[0];
      document.querySelectorAll('#dashboard [data-chart]').forEach(function (element) {
        const build = builders[element.dataset.chart];
        if (!build) {
          return;
        }
        const chart = echarts.init(element, null, { renderer: 'canvas' });
        chart.setOption(Object.assign({ animation: false, aria: { enabled: true } },
          build(summary, answers[1], answers[2])));
        element.dataset.rendered = 'true';
        charts.push(chart);
      });
      root.dataset.chartsRendered = String(charts.length);
    })
    .catch(function (error) {
      root.dataset.chartsError = error.message;
      const note = document.createElement('p');
      note.className = 'alert alert-warning';
      note.textContent = 'The charts could not be drawn (' + error.message + '); the tables below each chart hold the numbers.';
      root.prepend(note);
    });
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
