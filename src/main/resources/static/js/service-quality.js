/*
 * Charts of the service-quality pages, drawn in the browser with ECharts from the JSON API. Each chart is an element
 * with data-chart (what to draw), data-source (the API address) and data-label-* (its texts, in the page's language).
 */
(function () {
    'use strict';

    var lang = document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
    var colours = {online: '#0b5cad', direct: '#9db7d5', onTime: '#1e7b34', overdue: '#b3261e', score: '#b3261e',
        lost: '#e5e9ef', rate: '#a15c00'};

    function number(value, decimals) {
        return Number(value).toLocaleString(lang, {minimumFractionDigits: decimals || 0,
            maximumFractionDigits: decimals || 0});
    }

    function percent(rate) {
        return rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
    }

    function day(iso) {
        var parts = iso.split('-');
        return parts[2] + '/' + parts[1];
    }

    function load(element, url, draw) {
        var chart = echarts.getInstanceByDom(element) || echarts.init(element, null, {renderer: 'canvas'});
        chart.showLoading({text: ''});
        fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (data) {
                chart.hideLoading();
                delete element.dataset.drawn;
                chart.off('finished');
                chart.on('finished', function () {
                    element.dataset.drawn = 'true'; // drawn and animated: what a reader (or a screenshot) sees
                });
                chart.setOption(draw(data, element.dataset), true);
            })
            .catch(function () {
                chart.hideLoading();
            });
        window.addEventListener('resize', function () {
            chart.resize();
        });
        return chart;
    }

    /**
     * Names without the words most of them end with ("… thành phố Hải Phòng"), so that the bars are readable: the
     * longest ending of two to four words that at least half of the names share.
     */
    function shorten(names) {
        var words = names.map(function (n) { return n.split(' '); });
        for (var k = 4; k >= 2; k--) {
            var counts = {};
            words.forEach(function (w) {
                if (w.length > k) {
                    var end = w.slice(w.length - k).join(' ');
                    counts[end] = (counts[end] || 0) + 1;
                }
            });
            var best = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; })[0];
            if (best && counts[best] * 2 >= names.length && counts[best] > 1) {
                return words.map(function (w) {
                    return w.length > k && w.slice(w.length - k).join(' ') === best
                        ? w.slice(0, w.length - k).join(' ') : w.join(' ');
                });
            }
        }
        return names;
    }

    function horizontal(names, series, valueAxis, legend) {
        names = shorten(names);
        return {
            grid: {left: 8, right: 40, top: legend ? 32 : 8, bottom: 8, containLabel: true},
            legend: legend ? {top: 0} : undefined,
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
            xAxis: valueAxis,
            yAxis: {type: 'category', data: names, inverse: true,
                axisLabel: {width: 230, overflow: 'truncate'}},
            series: series
        };
    }

    var draw = {
        trend: function (rows, labels) {
            var monthly = labels.granularity === 'MONTH';
            var axis = rows.map(function (r) {
                return monthly ? r.from.slice(5, 7) + '/' + r.from.slice(0, 4) : day(r.from);
            });
            return {
                grid: {left: 8, right: 8, top: 40, bottom: 8, containLabel: true},
                legend: {top: 0},
                tooltip: {trigger: 'axis'},
                xAxis: {type: 'category', data: axis},
                yAxis: [{type: 'value', name: labels.labelDossiers},
                    {type: 'value', name: labels.labelRate, min: 0, max: 100, splitLine: {show: false}}],
                series: [
                    {name: labels.labelOnline, type: 'bar', stack: 'received', color: colours.online,
                        data: rows.map(function (r) { return r.receivedOnline; })},
                    {name: labels.labelDirect, type: 'bar', stack: 'received', color: colours.direct,
                        data: rows.map(function (r) { return r.receivedDirectOrPostal; })},
                    {name: labels.labelOverdue, type: 'line', color: colours.overdue, symbol: 'circle',
                        lineStyle: {type: 'dashed'}, data: rows.map(function (r) { return r.overdue; })},
                    {name: labels.labelOnlineRate, type: 'line', yAxisIndex: 1, color: colours.rate, smooth: true,
                        data: rows.map(function (r) { return percent(r.onlineRate); })},
                    {name: labels.labelOnTimeRate, type: 'line', yAxisIndex: 1, color: colours.onTime, smooth: true,
                        data: rows.map(function (r) { return percent(r.onTimeRate); })}
                ]
            };
        },
        ranking: function (rows, labels) {
            var pick = {
                SCORE: function (r) { return r.indexScore; },
                ONLINE: function (r) { return percent(r.onlineRate); },
                ON_TIME: function (r) { return percent(r.onTimeRate); },
                ELECTRONIC: function (r) { return percent(r.electronicResultRate); },
                DIGITISED: function (r) { return percent(r.digitisedRate); },
                SATISFACTION: function (r) { return percent(r.satisfactionRate); }
            }[labels.rankBy];
            var shown = rows.filter(function (r) { return pick(r) !== null && pick(r) !== undefined; });
            return horizontal(shown.map(function (r) { return r.name; }), [{
                name: labels.title, type: 'bar', color: labels.rankBy === 'SCORE' ? colours.score : colours.online,
                label: {show: true, position: 'right', formatter: function (p) {
                    return number(p.value, labels.rankBy === 'SCORE' ? 2 : 1) + (labels.rankBy === 'SCORE' ? '' : '%');
                }},
                data: shown.map(pick)
            }], {type: 'value', max: 100});
        },
        received: function (rows, labels) {
            var shown = rows.filter(function (r) { return labels.only !== 'communes' || r.commune; })
                .slice().sort(function (a, b) { return b.received - a.received; });
            return horizontal(shown.map(function (r) { return r.name; }), [
                {name: labels.labelOnline, type: 'bar', stack: 'received', color: colours.online,
                    data: shown.map(function (r) { return r.receivedOnline; })},
                {name: labels.labelDirect, type: 'bar', stack: 'received', color: colours.direct,
                    data: shown.map(function (r) { return r.receivedDirectOrPostal; })}
            ], {type: 'value'}, true);
        },
        'index-ranking': function (answer, labels) {
            var shown = answer.units.filter(function (r) { return r.rank !== null; });
            return horizontal(shown.map(function (r) { return r.rank + '. ' + r.name; }), [{
                name: labels.labelScore, type: 'bar', color: colours.score,
                label: {show: true, position: 'right', formatter: function (p) { return number(p.value, 2); }},
                data: shown.map(function (r) { return r.score; })
            }], {type: 'value', max: 100});
        },
        'index-groups': function (answer, labels) {
            return horizontal(answer.groups.map(function (g) { return g.name; }), [
                {name: labels.labelEarned, type: 'bar', stack: 'points', color: colours.score,
                    label: {show: true, formatter: function (p) { return number(p.value, 2); }},
                    data: answer.groups.map(function (g) { return g.score; })},
                {name: labels.labelLost, type: 'bar', stack: 'points', color: colours.lost,
                    data: answer.groups.map(function (g) { return g.lost; })}
            ], {type: 'value'}, true);
        }
    };

    function start() {
        document.querySelectorAll('[data-chart]').forEach(function (element) {
            var kind = element.dataset.chart;
            if (kind === 'trend') {
                var granularity = 'MONTH';
                var show = function () {
                    element.dataset.granularity = granularity;
                    load(element, element.dataset.source + '&granularity=' + granularity, draw.trend);
                    document.querySelectorAll('[data-granularity]').forEach(function (button) {
                        button.classList.toggle('current', button.dataset.granularity === granularity);
                    });
                };
                document.querySelectorAll('[data-granularity]').forEach(function (button) {
                    button.addEventListener('click', function () {
                        granularity = button.dataset.granularity;
                        show();
                    });
                });
                show();
            } else if (draw[kind]) {
                load(element, element.dataset.source, draw[kind]);
            }
        });
        var kind = document.getElementById('sq-kind');
        if (kind) {
            var toggle = function () {
                document.querySelectorAll('.sq-for').forEach(function (field) {
                    field.hidden = !field.classList.contains('sq-for-' + kind.value);
                });
            };
            kind.addEventListener('change', toggle);
            toggle();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
